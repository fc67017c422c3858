import { and, asc, eq, isNull } from "drizzle-orm";
import { buildings, meterReadings, meters, personalAccounts, premises } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { todayIn } from "@/lib/core/date-time";
import { formatPremiseAddress } from "@/lib/registry/premise-address";
import { findMeter } from "./find-meter";
import { meterZones } from "./meter-vocabulary";
import { effectiveStatus } from "./reading-rules";

/**
 * The meter card: the device's facts, where it hangs, the accounts it may be tied to (its premise's open ones), the
 * meters it replaced and was replaced by, and every reading of it — oldest first, with the volume since the reading
 * before in the same zone (a rollover adds the dial).
 */
export async function getMeterCard(ctx: StaffContext, id: string) {
  assertPermission(ctx, "finance.readings.view");
  const meter = await findMeter(ctx.db, ctx, id);
  const [[building], [premise], accounts, [successor], readings] = await Promise.all([
    ctx.db.select({ address: buildings.address }).from(buildings).where(eq(buildings.id, meter.buildingId)),
    meter.premiseId ? ctx.db.select({ type: premises.type, number: premises.number }).from(premises).where(eq(premises.id, meter.premiseId)) : Promise.resolve([]),
    meter.premiseId
      ? ctx.db
          .select({ value: personalAccounts.id, label: personalAccounts.number })
          .from(personalAccounts)
          .where(and(eq(personalAccounts.orgId, ctx.orgId), eq(personalAccounts.premiseId, meter.premiseId), isNull(personalAccounts.archivedAt)))
          .orderBy(asc(personalAccounts.number))
      : Promise.resolve([]),
    ctx.db.select({ id: meters.id, serialNumber: meters.serialNumber }).from(meters).where(and(eq(meters.orgId, ctx.orgId), eq(meters.replacesMeterId, meter.id))),
    ctx.db
      .select()
      .from(meterReadings)
      .where(and(eq(meterReadings.orgId, ctx.orgId), eq(meterReadings.meterId, meter.id)))
      .orderBy(asc(meterReadings.period), asc(meterReadings.takenAt)),
  ]);
  const dial = meter.digits ? 10n ** BigInt(meter.digits) * 1000n : 0n;
  const last = new Map<string, bigint>();
  const history = readings.map((r) => {
    const before = last.get(r.zone);
    last.set(r.zone, r.valueMilli);
    const volume = r.kind === "initial" || before === undefined ? null : r.valueMilli - before + (r.rollover ? dial : 0n);
    return { ...r, volume };
  });
  const predecessor = meter.replacesMeterId ? await findMeter(ctx.db, ctx, meter.replacesMeterId).catch(() => null) : null;
  const buildingAddress = building?.address ?? "";
  return {
    meter,
    address: premise ? formatPremiseAddress(buildingAddress, premise) : `${buildingAddress} (ОДПУ)`,
    accountNumber: accounts.find((a) => a.value === meter.accountId)?.label ?? null,
    accounts,
    zones: meterZones(meter.zones),
    effectiveStatus: effectiveStatus(meter, todayIn(ctx.timezone)),
    successor: successor ?? null,
    predecessor: predecessor ? { id: predecessor.id, serialNumber: predecessor.serialNumber } : null,
    readings: history.reverse(),
  };
}
export type MeterCard = Awaited<ReturnType<typeof getMeterCard>>;
