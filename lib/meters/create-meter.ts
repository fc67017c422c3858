import type { z } from "zod";
import type { Db } from "@/db/client";
import { meterReadings, meters, type MeterZone } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { todayIn } from "@/lib/core/date-time";
import { AppError, isUniqueViolation } from "@/lib/core/errors";
import { recordMeterEvents, type JournalScope } from "./meter-journal";
import { resolvePlacement, type Placement } from "./meter-placement";
import type { meterCreateSchema, meterFields } from "./meter-schema";
import { meterZones, serialKey } from "./meter-vocabulary";

type MeterFacts = z.output<typeof meterFields>;
type Readings = Partial<Record<MeterZone, bigint>>;

/** The Russian answer to a unique index a meter write ran into; anything else is rethrown as it is. */
export function meterSaveError(error: unknown, serialNumber: string): unknown {
  if (isUniqueViolation(error, "meters_building_serial_uq")) {
    const message = `Прибор с заводским номером ${serialNumber} уже есть в этом доме`;
    return new AppError("CONFLICT", message, { serialNumber: [message] });
  }
  if (isUniqueViolation(error, "meters_org_external_id_uq")) {
    const message = "Прибор с таким внешним идентификатором уже есть";
    return new AppError("CONFLICT", message, { externalId: [message] });
  }
  return error;
}

const periodOfDate = (isoDate: string) => isoDate.slice(0, 7);

/**
 * Inserts a meter with its initial readings (one per zone; zero where none is given) inside the caller's
 * transaction and journals it. Shared by adding, replacing and the bulk loads.
 */
export async function insertMeter(tx: Db, scope: JournalScope, placement: Placement, facts: MeterFacts, initial: Readings, options: { replaces?: string; today: string }) {
  const [meter] = await tx
    .insert(meters)
    .values({ ...facts, ...placement, orgId: scope.orgId, serialKey: serialKey(facts.serialNumber), replacesMeterId: options.replaces ?? null, statusSince: facts.installedOn ?? options.today })
    .returning();
  if (!meter) throw new Error("meter insert returned no row");
  const startedOn = facts.installedOn ?? options.today;
  const readings = await tx
    .insert(meterReadings)
    .values(
      meterZones(meter.zones).map((zone) => ({
        orgId: scope.orgId,
        meterId: meter.id,
        zone,
        period: periodOfDate(startedOn),
        kind: "initial" as const,
        valueMilli: initial[zone] ?? 0n,
        source: scope.source,
        authorType: scope.actor.type,
        authorId: scope.actor.id ?? null,
        authorName: scope.actor.name,
        takenAt: new Date(`${startedOn}T12:00:00Z`),
      })),
    )
    .returning({ zone: meterReadings.zone, valueMilli: meterReadings.valueMilli });
  await recordMeterEvents(tx, scope, [{ meter, action: "meter.created", after: { ...meter, initialReadings: Object.fromEntries(readings.map((r) => [r.zone, r.valueMilli])) } }]);
  return meter;
}

export const staffJournalScope = (ctx: StaffContext): JournalScope => ({ orgId: ctx.orgId, actor: ctx.actor, ip: ctx.ip, source: ctx.actor.type === "api" ? "api" : "staff" });

/** Adding a meter in the CRM or through the API: `data` is validated with meterCreateSchema by the entry point. */
export async function createMeter(ctx: StaffContext, { premiseId, buildingId, accountId, initialReadings, ...facts }: z.output<typeof meterCreateSchema>) {
  assertPermission(ctx, "finance.meters.edit");
  try {
    return await ctx.db.transaction(async (tx) => {
      const placement = await resolvePlacement(tx, ctx, { premiseId, buildingId, accountId });
      return insertMeter(tx, staffJournalScope(ctx), placement, facts, initialReadings, { today: todayIn(ctx.timezone) });
    });
  } catch (error) {
    throw meterSaveError(error, facts.serialNumber);
  }
}
