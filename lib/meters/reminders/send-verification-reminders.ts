import { and, asc, eq, exists, inArray, isNull, lte, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { buildings, clients, employeeBuildings, employees, meters, organisations, premiseClients, premises, roleNotifications } from "@/db/schema";
import type { NotificationEvent } from "@/lib/access/notification-events";
import { formatCalendarDate, todayIn } from "@/lib/core/date-time";
import { quoted } from "@/lib/core/russian-text";
import { formatPremiseAddress } from "@/lib/registry/premise-address";
import { resourceLabels } from "../meter-vocabulary";
import { groupRows, sendReminderOnce, type ReminderRecipient } from "./reminder-log";

/** How far ahead «поверка истекает» warns: a resident has a month to call the verifier. */
export const VERIFICATION_NOTICE_DAYS = 30;

const addDays = (isoDate: string, days: number) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

type DueMeter = {
  id: string;
  orgId: string;
  buildingId: string;
  premiseId: string | null;
  resource: keyof typeof resourceLabels;
  serial: string;
  nextVerificationOn: string;
  where: string;
};
type Kind = "verification_due" | "verification_expired";
const eventOf: Record<Kind, NotificationEvent> = { verification_due: "finance.meter_verification_due", verification_expired: "finance.meter_verification_expired" };

/**
 * §7: meters whose verification ends within 30 days, and those whose date has passed, are reported once per meter
 * and date — by email to the residents of the premise (individual meters) and to employees whose role has the
 * notification «Истекает поверка…» / «Истёк срок поверки…» switched on for email, within their buildings.
 */
export async function sendVerificationReminders(db: Db, publicOrigin: string, now = new Date()): Promise<string[]> {
  const orgs = await db.select({ id: organisations.id, name: organisations.name, timezone: organisations.timezone }).from(organisations);
  const sent: string[] = [];
  for (const org of orgs) {
    const today = todayIn(org.timezone, now);
    const due = await dueMeters(db, org.id, addDays(today, VERIFICATION_NOTICE_DAYS));
    for (const kind of ["verification_due", "verification_expired"] as const) {
      const list = due.filter((m) => (kind === "verification_expired" ? m.nextVerificationOn < today : m.nextVerificationOn >= today));
      if (!list.length) continue;
      const compose = composer(kind, org.name, publicOrigin);
      for (const [recipient, items] of await residentsOf(db, org.id, list)) sent.push(...(await send(db, org.id, kind, recipient, items, compose("client"))));
      for (const [recipient, items] of await staffFor(db, org.id, eventOf[kind], list)) sent.push(...(await send(db, org.id, kind, recipient, items, compose("employee"))));
    }
  }
  return sent;
}

async function send(db: Db, orgId: string, kind: Kind, recipient: ReminderRecipient, items: DueMeter[], compose: (fresh: DueMeter[]) => { subject: string; body: string; template: string }) {
  const withOccasion = items.map((m) => ({ ...m, occasion: `${m.id}:${m.nextVerificationOn}` }));
  const outboxId = await sendReminderOnce(db, { orgId, kind, recipient, items: withOccasion }, compose);
  return outboxId ? [outboxId] : [];
}

async function dueMeters(db: Db, orgId: string, until: string): Promise<DueMeter[]> {
  const rows = await db
    .select({
      id: meters.id,
      orgId: meters.orgId,
      buildingId: meters.buildingId,
      premiseId: meters.premiseId,
      resource: meters.resource,
      serial: meters.serialNumber,
      nextVerificationOn: meters.nextVerificationOn,
      address: buildings.address,
      premiseType: premises.type,
      premiseNumber: premises.number,
    })
    .from(meters)
    .innerJoin(buildings, and(eq(buildings.id, meters.buildingId), isNull(buildings.archivedAt)))
    .leftJoin(premises, eq(premises.id, meters.premiseId))
    .where(and(eq(meters.orgId, orgId), ne(meters.status, "decommissioned"), lte(meters.nextVerificationOn, until), isNull(premises.archivedAt)))
    .orderBy(asc(meters.nextVerificationOn), asc(meters.id));
  return rows.flatMap(({ address, premiseType, premiseNumber, nextVerificationOn, ...m }) =>
    nextVerificationOn
      ? [{ ...m, nextVerificationOn, where: premiseType && premiseNumber ? formatPremiseAddress(address, { type: premiseType, number: premiseNumber }) : `${address} (общедомовой)` }]
      : [],
  );
}

/** The residents with an email linked to the premises of these individual meters, each with their meters. */
async function residentsOf(db: Db, orgId: string, list: DueMeter[]): Promise<[ReminderRecipient, DueMeter[]][]> {
  const premiseIds = [...new Set(list.flatMap((m) => (m.premiseId ? [m.premiseId] : [])))];
  if (!premiseIds.length) return [];
  const links = await db
    .select({ clientId: clients.id, email: clients.email, premiseId: premiseClients.premiseId })
    .from(premiseClients)
    .innerJoin(clients, and(eq(clients.id, premiseClients.clientId), isNull(clients.archivedAt), isNull(clients.blockedAt)))
    .where(and(eq(premiseClients.orgId, orgId), inArray(premiseClients.premiseId, premiseIds), isNull(premiseClients.removedAt)));
  const relevant = links.filter((l) => l.email);
  return [...groupRows(relevant, (l) => l.clientId).values()].map((ls) => [
    { type: "client", id: ls[0]!.clientId, email: ls[0]!.email! },
    list.filter((m) => ls.some((l) => l.premiseId === m.premiseId)),
  ]);
}

/** Employees whose role wants this event by email, not blocked, each with the meters of the buildings they see. */
async function staffFor(db: Db, orgId: string, event: NotificationEvent, list: DueMeter[]): Promise<[ReminderRecipient, DueMeter[]][]> {
  const people = await db
    .select({ id: employees.id, email: employees.email, allBuildings: employees.allBuildings })
    .from(employees)
    .where(
      and(
        eq(employees.orgId, orgId),
        isNull(employees.blockedAt),
        exists(
          db
            .select({ one: roleNotifications.event })
            .from(roleNotifications)
            .where(and(eq(roleNotifications.roleId, employees.roleId), eq(roleNotifications.event, event), eq(roleNotifications.email, true))),
        ),
      ),
    );
  const limited = people.filter((p) => !p.allBuildings).map((p) => p.id);
  const scopes = limited.length
    ? await db.select().from(employeeBuildings).where(and(eq(employeeBuildings.orgId, orgId), inArray(employeeBuildings.employeeId, limited)))
    : [];
  return people.flatMap((p): [ReminderRecipient, DueMeter[]][] => {
    const visible = p.allBuildings ? list : list.filter((m) => scopes.some((s) => s.employeeId === p.id && s.buildingId === m.buildingId));
    return visible.length ? [[{ type: "employee", id: p.id, email: p.email }, visible]] : [];
  });
}

function composer(kind: Kind, orgName: string, origin: string) {
  return (audience: "client" | "employee") => (fresh: DueMeter[]) => {
    const lines = fresh.map((m) => `— ${resourceLabels[m.resource]} № ${m.serial}, ${m.where}: поверка до ${formatCalendarDate(m.nextVerificationOn)}`);
    const expired = kind === "verification_expired";
    const subject = expired ? "Истёк срок поверки прибора учёта" : "Истекает срок поверки прибора учёта";
    const advice =
      audience === "client"
        ? expired
          ? "Показания этих приборов не принимаются, пока их не поверят: до поверки расход считается по среднему или нормативу. Закажите поверку и передайте её результаты в управляющую организацию."
          : "Закажите поверку заранее, чтобы показания продолжали приниматься."
        : `Приборы учёта: ${origin}/crm/meters`;
    const intro = expired ? "Срок поверки истёк:" : `В ближайшие ${VERIFICATION_NOTICE_DAYS} дней истекает срок поверки:`;
    const cabinet = audience === "client" ? [`Кабинет жителя: ${origin}/cabinet`] : [];
    return { subject, template: `meters.${kind}`, body: ["Здравствуйте!", "", intro, ...lines, "", advice, ...cabinet, "", quoted(orgName)].join("\n") };
  };
}
