import { and, eq, ne } from "drizzle-orm";
import type { z } from "zod";
import { meterReadings, meters } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { todayIn } from "@/lib/core/date-time";
import { AppError } from "@/lib/core/errors";
import { meterSaveError, staffJournalScope } from "./create-meter";
import { findMeter } from "./find-meter";
import { recordMeterEvents } from "./meter-journal";
import { assertPremiseAccount } from "./meter-placement";
import type { meterUpdateSchema } from "./meter-schema";
import { serialKey } from "./meter-vocabulary";

/** Editing a meter's card. Resource and zones change only by replacing the meter once it has readings. */
export async function updateMeter(ctx: StaffContext, { id, accountId, ...facts }: z.output<typeof meterUpdateSchema>) {
  assertPermission(ctx, "finance.meters.edit");
  try {
    return await ctx.db.transaction(async (tx) => {
      const before = await findMeter(tx, ctx, id, { lock: true });
      if (before.status === "decommissioned") throw new AppError("CONFLICT", "Прибор выведен из эксплуатации: его карточку изменить нельзя");
      if (facts.resource !== before.resource || facts.zones !== before.zones) {
        const [read] = await tx.select({ id: meterReadings.id }).from(meterReadings).where(and(eq(meterReadings.meterId, id), ne(meterReadings.kind, "initial"))).limit(1);
        if (read) throw new AppError("CONFLICT", "У прибора уже есть показания: ресурс и число зон меняются заменой прибора", { resource: ["Оформите замену прибора"] });
      }
      if (accountId && accountId !== before.accountId) {
        if (!before.premiseId) throw new AppError("VALIDATION", "Общедомовой прибор не привязывается к лицевому счёту", { accountId: ["Уберите лицевой счёт"] });
        await assertPremiseAccount(tx, ctx.orgId, before.premiseId, accountId);
      }
      const statusChanged = facts.status !== before.status;
      const [after] = await tx
        .update(meters)
        .set({ ...facts, accountId, serialKey: serialKey(facts.serialNumber), statusSince: statusChanged ? (facts.statusSince ?? todayIn(ctx.timezone)) : before.statusSince })
        .where(eq(meters.id, id))
        .returning();
      if (!after) throw new Error("meter update returned no row");
      await recordMeterEvents(tx, staffJournalScope(ctx), [{ meter: after, action: statusChanged ? "meter.status_changed" : "meter.updated", before, after }]);
      return after;
    });
  } catch (error) {
    throw meterSaveError(error, facts.serialNumber);
  }
}
