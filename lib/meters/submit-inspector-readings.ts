import type { z } from "zod";
import type { StaffContext } from "@/lib/core/context";
import type { inspectorReadingsSubmission } from "./meter-schema";
import { submitStaffReadings } from "./submit-staff-readings";

/**
 * An inspector's flat, possibly sent again by the phone after a reconnect. Each reading carries the id the phone gave
 * it; scoped by the employee here, so one inspector's ids can never name another's readings, and the unique index on
 * (org, key) makes the second delivery answer «уже принято» instead of writing twice.
 */
export function submitInspectorReadings(ctx: StaffContext, { readings }: z.output<typeof inspectorReadingsSubmission>) {
  const keyed = readings.map(({ submissionId, ...r }) => ({ ...r, idempotencyKey: `inspector:${ctx.actor.id ?? "system"}:${submissionId}` }));
  return submitStaffReadings(ctx, { readings: keyed }, "inspector");
}
