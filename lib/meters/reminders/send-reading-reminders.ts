import { and, asc, eq, gte, isNotNull, isNull, notExists, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { buildings, clients, meterReadings, meters, organisations, premiseClients, premises } from "@/db/schema";
import { todayIn } from "@/lib/core/date-time";
import { quoted } from "@/lib/core/russian-text";
import { formatPremiseAddress } from "@/lib/registry/premise-address";
import { periodLabel, windowText } from "../collection-window";
import { resourceLabels } from "../meter-vocabulary";
import { collectionWindows } from "../reading-history";
import { groupRows, sendReminderOnce } from "./reminder-log";

const daysIn = (isoDate: string) => new Date(Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)), 0)).getUTCDate();

/** The reminder day of a month: the 31st is the 30th in November, as the collection window counts it. */
export const isReminderDay = (reminderDay: number, todayIso: string) => Number(todayIso.slice(8, 10)) === Math.min(reminderDay, daysIn(todayIso));

/**
 * §7: on each organisation's reminder day (in its time zone), every resident with an email who is linked to a premise
 * with a working meter that has no reading for this month gets one email listing those meters, with a link to the
 * cabinet's meters page built from the configured public origin. Sent once per resident and period.
 */
export async function sendReadingReminders(db: Db, publicOrigin: string, now = new Date()): Promise<string[]> {
  const orgs = await db
    .select({ id: organisations.id, name: organisations.name, timezone: organisations.timezone, day: organisations.meterReminderDay })
    .from(organisations)
    .where(isNotNull(organisations.meterReminderDay));
  const outboxIds: string[] = [];
  for (const org of orgs) {
    const today = todayIn(org.timezone, now);
    if (org.day === null || !isReminderDay(org.day, today)) continue;
    outboxIds.push(...(await remindOrganisation(db, { ...org, today }, publicOrigin)));
  }
  return outboxIds;
}

type Org = { id: string; name: string; today: string };

async function remindOrganisation(db: Db, org: Org, origin: string): Promise<string[]> {
  const period = org.today.slice(0, 7);
  const rows = await db
    .select({
      clientId: clients.id,
      email: clients.email,
      firstName: clients.firstName,
      middleName: clients.middleName,
      premiseId: premises.id,
      premiseType: premises.type,
      premiseNumber: premises.number,
      buildingId: buildings.id,
      address: buildings.address,
      meterId: meters.id,
      resource: meters.resource,
      serial: meters.serialNumber,
    })
    .from(meters)
    .innerJoin(premises, and(eq(premises.id, meters.premiseId), eq(premises.orgId, meters.orgId), isNull(premises.archivedAt)))
    .innerJoin(buildings, and(eq(buildings.id, premises.buildingId), isNull(buildings.archivedAt)))
    .innerJoin(premiseClients, and(eq(premiseClients.premiseId, premises.id), eq(premiseClients.orgId, meters.orgId), isNull(premiseClients.removedAt)))
    .innerJoin(clients, and(eq(clients.id, premiseClients.clientId), isNotNull(clients.email), isNull(clients.archivedAt), isNull(clients.blockedAt)))
    .where(
      and(
        eq(meters.orgId, org.id),
        eq(meters.status, "working"),
        or(isNull(meters.nextVerificationOn), gte(meters.nextVerificationOn, org.today)),
        notExists(
          db
            .select({ one: meterReadings.id })
            .from(meterReadings)
            .where(and(eq(meterReadings.meterId, meters.id), eq(meterReadings.period, period), eq(meterReadings.kind, "regular"))),
        ),
      ),
    )
    .orderBy(asc(clients.id), asc(premises.sortKey), asc(meters.resource));
  const windows = await collectionWindows(db, org.id, [...new Set(rows.map((r) => r.buildingId))]);
  const byClient = groupRows(rows, (r) => r.clientId);
  const sent: string[] = [];
  for (const [clientId, meterRows] of byClient) {
    const first = meterRows[0];
    if (!first?.email) continue;
    const recipient = { type: "client" as const, id: clientId, email: first.email };
    const outboxId = await sendReminderOnce(db, { orgId: org.id, kind: "readings_due", recipient, items: [{ occasion: period }] }, () => {
      const premisesText = [...groupRows(meterRows, (r) => r.premiseId).values()].map((list) => {
        const p = list[0]!;
        const window = windows.get(p.buildingId);
        return [
          `${formatPremiseAddress(p.address, { type: p.premiseType, number: p.premiseNumber })}${window ? ` (приём показаний ${windowText(window)})` : ""}:`,
          ...list.map((m) => `— ${resourceLabels[m.resource]} № ${m.serial}`),
          `Передать показания: ${origin}/cabinet/premises/${p.premiseId}/meters`,
        ].join("\n");
      });
      const name = [first.firstName, first.middleName].filter(Boolean).join(" ");
      return {
        subject: `Передайте показания счётчиков за ${periodLabel(period)}`,
        template: "meters.readings_due",
        body: [`Здравствуйте${name ? `, ${name}` : ""}!`, "", `Пора передать показания счётчиков за ${periodLabel(period)}.`, "", ...premisesText.flatMap((t) => [t, ""]), `${quoted(org.name)}`].join("\n"),
      };
    });
    if (outboxId) sent.push(outboxId);
  }
  return sent;
}
