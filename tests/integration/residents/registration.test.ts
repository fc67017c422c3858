import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, clients, outbox, pdConsents, premiseClients, registrationRequests } from "@/db/schema";
import { approveRegistration } from "@/lib/residents/registration/approve-registration";
import { declineRegistration } from "@/lib/residents/registration/decline-registration";
import { declineRegistrationSchema, approveRegistrationSchema } from "@/lib/residents/registration/decision-schema";
import { listRegistrationRequests } from "@/lib/residents/registration/list-registration-requests";
import { registrationSchema } from "@/lib/residents/registration/registration-schema";
import { requestRegistrationCode } from "@/lib/residents/registration/request-registration-code";
import { RESIDENT_CONSENT_VERSION } from "@/lib/residents/registration/resident-consent-text";
import { searchOrganisations } from "@/lib/residents/registration/search-organisations";
import { submitRegistration } from "@/lib/residents/registration/submit-registration";
import { listMyPremises } from "@/lib/residents/premises/list-my-premises";
import { parseListParams } from "@/lib/table/list-params";
import type { OrgFixture } from "@/tests/support/fixtures";
import { addAccount, addClient, addLink, addPremise, lastSmsCode, nextTestPhone, orgWithBuilding, residentContext } from "@/tests/support/resident-fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let org: OrgFixture & { buildingId: string };
let other: OrgFixture & { buildingId: string };
let flatNo = 0;

/** A flat with an account and, optionally, an owner with this surname. */
async function flat(ownerLastName?: string) {
  const premise = await addPremise(t.db, org.orgId, org.buildingId, String(++flatNo));
  const account = await addAccount(t.db, { orgId: org.orgId, premiseId: premise.id, number: `R-${flatNo}` });
  if (ownerLastName) {
    const owner = await addClient(t.db, org.orgId, { lastName: ownerLastName, phone: nextTestPhone() });
    await addLink(t.db, { orgId: org.orgId, premiseId: premise.id, clientId: owner.id, basis: "owner" });
  }
  return { premise, account };
}

/** The resident's side: code by SMS, then the form. */
async function register(accountNumber: string, lastName: string, phone = nextTestPhone()) {
  await requestRegistrationCode(t.db, { orgId: org.orgId, phone });
  const input = registrationSchema.parse({ orgId: org.orgId, accountNumber, lastName, phone, code: await lastSmsCode(t.db, phone), consent: true });
  const { id } = await submitRegistration(t.db, input, { ip: "10.0.0.7" });
  return { id, phone };
}

beforeAll(async () => {
  t = await createTestDb();
  org = await orgWithBuilding(t.db, "Регистрация");
  other = await orgWithBuilding(t.db, "Соседи");
});
afterAll(() => t?.close());

describe("resident self-registration", () => {
  it("finds organisations by name, ИНН or city and shows only name, ИНН and city", async () => {
    const byName = await searchOrganisations(t.db, "Регистрация");
    expect(byName).toEqual([{ id: org.orgId, name: "УК Регистрация", inn: expect.any(String), place: "Москва" }]);
    const byInn = await searchOrganisations(t.db, byName[0]!.inn.slice(0, 6));
    expect(byInn.map((o) => o.id)).toContain(org.orgId);
    expect((await searchOrganisations(t.db, "моск")).map((o) => o.id)).toEqual(expect.arrayContaining([org.orgId, other.orgId]));
  });

  it("records the request with the account's premise and the consent (text version, channel, IP)", async () => {
    const { premise, account } = await flat("Иванов");
    const { id, phone } = await register(` ${account.number} `, "Иванов");
    const [request] = await t.db.select().from(registrationRequests).where(eq(registrationRequests.id, id));
    expect(request).toMatchObject({ status: "pending", accountId: account.id, premiseId: premise.id, phone, consentVersion: RESIDENT_CONSENT_VERSION, consentIp: "10.0.0.7" });
    const [consent] = await t.db.select().from(pdConsents).where(eq(pdConsents.phone, phone));
    expect(consent).toMatchObject({ orgId: org.orgId, textVersion: RESIDENT_CONSENT_VERSION, channel: "cabinet", ip: "10.0.0.7" });
  });

  it("refuses without the consent tick or a valid SMS code", async () => {
    const { account } = await flat();
    const phone = nextTestPhone();
    const base = { orgId: org.orgId, accountNumber: account.number, lastName: "Петров", phone, code: "123456" };
    expect(registrationSchema.safeParse({ ...base, consent: false }).error?.issues[0]?.message).toBe(
      "Без согласия на обработку персональных данных регистрация невозможна",
    );
    await requestRegistrationCode(t.db, { orgId: org.orgId, phone });
    const code = await lastSmsCode(t.db, phone);
    const wrong = registrationSchema.parse({ ...base, code: code === "000000" ? "111111" : "000000", consent: true });
    await expect(submitRegistration(t.db, wrong)).rejects.toThrow("Неверный код");
    expect(await t.db.select().from(registrationRequests).where(eq(registrationRequests.phone, phone))).toHaveLength(0);
  });

  it("approval links the resident as owner when the surname matches an owner's (ё = е, any case)", async () => {
    const { premise, account } = await flat("Семёнов");
    const { id, phone } = await register(account.number, "СЕМЕНОВ");
    const result = await approveRegistration(org.director, approveRegistrationSchema.parse({ id }));
    expect(result.basis).toBe("owner");
    const [client] = await t.db.select().from(clients).where(and(eq(clients.orgId, org.orgId), eq(clients.phone, phone)));
    const [link] = await t.db.select().from(premiseClients).where(and(eq(premiseClients.clientId, client!.id), isNull(premiseClients.removedAt)));
    expect(link).toMatchObject({ premiseId: premise.id, basis: "owner" });
    const [request] = await t.db.select().from(registrationRequests).where(eq(registrationRequests.id, id));
    expect(request).toMatchObject({ status: "approved", clientId: client!.id, decidedBy: org.directorId });
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["registration_request.submitted", "registration_request.approved"]));
    // The resident now sees the premise in the cabinet.
    const mine = await listMyPremises(await residentContext(t.db, phone));
    expect(mine.map((p) => p.id)).toEqual([premise.id]);
    const sms = await t.db.select().from(outbox).where(and(eq(outbox.recipient, phone), eq(outbox.template, "resident.registration.approved")));
    expect(sms).toHaveLength(1);
  });

  it("approval links as unconfirmed owner when the surname differs, and as owner when the premise has no owner", async () => {
    const owned = await flat("Кузнецов");
    const mismatch = await register(owned.account.number, "Смирнов");
    expect((await approveRegistration(org.director, approveRegistrationSchema.parse({ id: mismatch.id }))).basis).toBe("unconfirmed_owner");
    const empty = await flat();
    const first = await register(empty.account.number, "Новиков");
    expect((await approveRegistration(org.director, approveRegistrationSchema.parse({ id: first.id, keepOnIntegration: true }))).basis).toBe("owner");
    const [link] = await t.db.select().from(premiseClients).where(eq(premiseClients.premiseId, empty.premise.id));
    expect(link?.keepOnIntegration).toBe(true);
  });

  it("reuses the organisation's client with that phone instead of creating a second one", async () => {
    const { account } = await flat("Орлов");
    const phone = nextTestPhone();
    const existing = await addClient(t.db, org.orgId, { lastName: "Орлов", phone });
    const { id } = await register(account.number, "Орлов", phone);
    const result = await approveRegistration(org.director, approveRegistrationSchema.parse({ id }));
    expect(result.clientId).toBe(existing.id);
  });

  it("declines with a reason (required), tells the resident, and a decided request cannot be decided again", async () => {
    const { account } = await flat("Белов");
    const { id, phone } = await register(account.number, "Белов");
    expect(declineRegistrationSchema.safeParse({ id, reason: " " }).success).toBe(false);
    await declineRegistration(org.director, declineRegistrationSchema.parse({ id, reason: "Фамилия не совпадает" }));
    const [request] = await t.db.select().from(registrationRequests).where(eq(registrationRequests.id, id));
    expect(request).toMatchObject({ status: "declined", declineReason: "Фамилия не совпадает", decidedBy: org.directorId });
    expect(await t.db.select().from(premiseClients).where(eq(premiseClients.premiseId, request!.premiseId!))).toHaveLength(1);
    await expect(approveRegistration(org.director, approveRegistrationSchema.parse({ id }))).rejects.toThrow("Заявка уже рассмотрена");
    expect((await residentContext(t.db, phone).catch((e: Error) => e.message))).toBe("Сессия завершена. Войдите снова");
  });

  it("an unknown account number is kept on the request and approval asks for the account first", async () => {
    const { id } = await register("NO-SUCH-1", "Гостев");
    await expect(approveRegistration(org.director, approveRegistrationSchema.parse({ id }))).rejects.toThrow("Лицевой счёт № NO-SUCH-1 не найден");
    const premise = await addPremise(t.db, org.orgId, org.buildingId, "900");
    await addAccount(t.db, { orgId: org.orgId, premiseId: premise.id, number: "NO-SUCH-1" });
    expect((await approveRegistration(org.director, approveRegistrationSchema.parse({ id }))).premiseId).toBe(premise.id);
  });

  it("staff of another organisation neither see nor decide the request", async () => {
    const { account } = await flat();
    const { id } = await register(account.number, "Чужих");
    await expect(approveRegistration(other.director, approveRegistrationSchema.parse({ id }))).rejects.toThrow("Заявка не найдена");
    await expect(declineRegistration(other.director, declineRegistrationSchema.parse({ id, reason: "Не наш" }))).rejects.toThrow("Заявка не найдена");
    const theirs = await listRegistrationRequests(other.director, parseListParams({}), { status: "all" });
    expect(theirs.total.count).toBe(0);
    const ours = await listRegistrationRequests(org.director, parseListParams({ q: "Чужих" }), { status: "pending" });
    expect(ours.rows.map((r) => r.id)).toEqual([id]);
  });
});
