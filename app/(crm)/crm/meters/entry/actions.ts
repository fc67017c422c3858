"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/app/_server/staff-action";
import { findPremisesForReadings } from "@/lib/meters/find-premises-for-readings";
import { readingsSubmission } from "@/lib/meters/meter-schema";
import { premiseMeterReadings } from "@/lib/meters/premise-meter-readings";
import { meterViews, outcomeView } from "@/lib/meters/premise-meter-view";
import { submitStaffReadings } from "@/lib/meters/submit-staff-readings";
import { boundedString } from "@/lib/validation/bounded-string";

/** «Ввод показаний»: premises with meters by address, account number or owner's surname. */
export const findPremisesForReadingsAction = staffAction("finance.readings.view", z.object({ text: boundedString(100).trim().min(1) }), (ctx, { text }) =>
  findPremisesForReadings(ctx, text),
);

/** The chosen premise's meters with their previous readings, as the entry screen shows them. */
export const premiseReadingsAction = staffAction("finance.readings.view", z.object({ premiseId: z.uuid("Неверный идентификатор") }), async (ctx, { premiseId }) => {
  const data = await premiseMeterReadings(ctx, premiseId);
  return { period: data.period, closed: data.closed, meters: meterViews(data.meters, ctx.timezone) };
});

/** «Сохранить»: every reading of the premise in one all-or-nothing submission. */
export const submitEntryReadingsAction = staffAction("finance.readings.enter", readingsSubmission, async (ctx, input) => {
  const outcome = await submitStaffReadings(ctx, input, "staff");
  if (outcome.ok) revalidatePath("/crm/meters", "layout");
  return outcomeView(outcome);
});
