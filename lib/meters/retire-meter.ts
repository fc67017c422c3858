import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { meterReadings, meters, type MeterZone } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { todayIn } from "@/lib/core/date-time";
import { AppError } from "@/lib/core/errors";
import { insertMeter, meterSaveError, staffJournalScope } from "./create-meter";
import { findMeter, type MeterRow } from "./find-meter";
import { recordMeterEvents, type JournalScope } from "./meter-journal";
import type { decommissionSchema, meterReplaceSchema } from "./meter-schema";
import { formatReading, meterZones, zoneLabels } from "./meter-vocabulary";
import { previousReading, readingHistory, readingKey } from "./reading-history";

/**
 * Takes a meter out of service on `on` with its final readings: each zone's final reading must be given and not be
 * below the last one, so the period's volume up to the replacement is known.
 */
async function closeMeter(tx: Db, scope: JournalScope, meter: MeterRow, on: string, finals: Partial<Record<MeterZone, bigint>>, action: "meter.replaced" | "meter.status_changed") {
  if (meter.status === "decommissioned") throw new AppError("CONFLICT", "Прибор уже выведен из эксплуатации");
  const period = on.slice(0, 7);
  const history = await readingHistory(tx, scope.orgId, [meter.id]);
  const fieldErrors: Record<string, string[]> = {};
  const rows = meterZones(meter.zones).map((zone) => {
    const value = finals[zone];
    const previous = previousReading(history.get(readingKey(meter.id, zone)), `${period}~`);
    if (value === undefined) fieldErrors[`finalReadings.${zone}`] = [`Укажите последнее показание: ${zoneLabels[zone].toLowerCase()}`];
    else if (previous && value < previous.value) fieldErrors[`finalReadings.${zone}`] = [`Не меньше последнего показания (${formatReading(previous.value)})`];
    return { zone, value: value ?? 0n };
  });
  if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", "Проверьте последние показания прибора", fieldErrors);
  await tx.insert(meterReadings).values(
    rows.map((r) => ({
      orgId: scope.orgId,
      meterId: meter.id,
      zone: r.zone,
      period,
      kind: "final" as const,
      valueMilli: r.value,
      source: scope.source,
      authorType: scope.actor.type,
      authorId: scope.actor.id ?? null,
      authorName: scope.actor.name,
      takenAt: new Date(`${on}T12:00:00Z`),
    })),
  );
  const [after] = await tx.update(meters).set({ status: "decommissioned", statusSince: on, decommissionedOn: on }).where(eq(meters.id, meter.id)).returning();
  if (!after) throw new Error("meter update returned no row");
  await recordMeterEvents(tx, scope, [{ meter, action, period, before: meter, after: { ...after, finalReadings: Object.fromEntries(rows.map((r) => [r.zone, r.value])) } }]);
  return after;
}

/** Replacing a meter in one step: the old one closes with its final reading, the new one opens with its initial one. */
export async function replaceMeter(ctx: StaffContext, { id, replacedOn, finalReadings, next: { initialReadings, ...facts } }: z.output<typeof meterReplaceSchema>) {
  assertPermission(ctx, "finance.meters.edit");
  try {
    return await ctx.db.transaction(async (tx) => {
      const old = await findMeter(tx, ctx, id, { lock: true });
      const scope = staffJournalScope(ctx);
      await closeMeter(tx, scope, old, replacedOn, finalReadings, "meter.replaced");
      const placement = { buildingId: old.buildingId, premiseId: old.premiseId, accountId: old.accountId };
      return insertMeter(tx, scope, placement, { ...facts, installedOn: facts.installedOn ?? replacedOn }, initialReadings, { replaces: old.id, today: todayIn(ctx.timezone) });
    });
  } catch (error) {
    throw meterSaveError(error, facts.serialNumber);
  }
}

/** Taking a meter out of service without a successor (the flat is left without a meter: volumes by the norm). */
export async function decommissionMeter(ctx: StaffContext, { id, decommissionedOn, finalReadings }: z.output<typeof decommissionSchema>) {
  assertPermission(ctx, "finance.meters.edit");
  return ctx.db.transaction(async (tx) => {
    const meter = await findMeter(tx, ctx, id, { lock: true });
    return closeMeter(tx, staffJournalScope(ctx), meter, decommissionedOn, finalReadings, "meter.status_changed");
  });
}
