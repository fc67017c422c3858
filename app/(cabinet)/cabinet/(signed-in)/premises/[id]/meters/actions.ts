"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/app/_server/resident-action";
import { myReadingsSchema } from "@/lib/meters/meter-schema";
import { submitMyReadings } from "@/lib/residents/meters/submit-my-readings";

/** All readings of the form in one submission: saved together, or the problems per meter come back. */
export const submitMyReadingsAction = residentAction(myReadingsSchema, async (ctx, { premiseId, readings }) => {
  const outcome = await submitMyReadings(ctx, premiseId, { readings });
  if (outcome.ok) revalidatePath(`/cabinet/premises/${premiseId}/meters`);
  return outcome;
});
