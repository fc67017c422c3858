"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/app/_server/staff-action";
import { inspectionRound } from "@/lib/meters/inspection-round";
import { inspectorReadingsSubmission } from "@/lib/meters/meter-schema";
import { outcomeView } from "@/lib/meters/premise-meter-view";
import { submitInspectorReadings } from "@/lib/meters/submit-inspector-readings";

/** The building's flats with their meters, loaded whole so the round continues offline. */
export const inspectionRoundAction = staffAction("finance.readings.enter", z.object({ buildingId: z.uuid("Выберите дом") }), (ctx, { buildingId }) =>
  inspectionRound(ctx, buildingId),
);

/** One flat's readings from the phone's queue; a resend of the same submission ids saves nothing twice. */
export const submitInspectionReadingsAction = staffAction("finance.readings.enter", inspectorReadingsSubmission, async (ctx, input) => {
  const outcome = await submitInspectorReadings(ctx, input);
  if (outcome.ok) revalidatePath("/crm/meters", "layout");
  return outcomeView(outcome);
});
