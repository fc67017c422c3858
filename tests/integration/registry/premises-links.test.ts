import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { premiseClients } from "@/db/schema";
import { listClientLinks } from "@/lib/registry/links/list-client-links";
import { listPremiseLinks } from "@/lib/registry/links/list-premise-links";
import { linkUpdateSchema } from "@/lib/registry/links/link-schema";
import { unlinkClient } from "@/lib/registry/links/unlink-client";
import { updateLink } from "@/lib/registry/links/update-link";
import { listPremiseActivity } from "@/lib/registry/activity/list-premise-activity";
import { parseListParams } from "@/lib/table/list-params";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { link, makeBuilding, makeClient, makePremise, scopedEmployee } from "./premise-helpers";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
let buildingId: string;
let n = 0;

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Альфа");
  b = await createOrg(t.db, "Бета");
  buildingId = (await makeBuilding(a, "ул. Лесная", "1")).id;
});
afterAll(async () => t?.close());

const freshPremise = async () => makePremise(a.director, buildingId, { number: String(++n) });

describe("client–premise links", () => {
  it("links as staff and lists owners first with whom each depends on", async () => {
    const premise = await freshPremise();
    const owner = await makeClient(a, "Орлов", "Олег");
    const child = await makeClient(a, "Орлова", "Ольга");
    const row = await link(a.director, premise.id, owner.id, "owner", undefined, { ownershipShare: "1/2", dduNumber: "ДДУ-7", dduDate: "2020-03-01" });
    expect(row).toMatchObject({ addedBy: "staff", ownershipShare: "1/2", dduNumber: "ДДУ-7", dduDate: "2020-03-01" });
    await link(a.director, premise.id, child.id, "resident", owner.id);
    const links = await listPremiseLinks(a.director, premise.id);
    expect(links.map((l) => [l.clientName, l.basis, l.masterName])).toEqual([
      ["Орлов Олег", "owner", null],
      ["Орлова Ольга", "resident", "Орлов Олег"],
    ]);
    expect((await listClientLinks(a.director, child.id))[0]?.premiseAddress).toBe(`Казань, ул. Лесная, д. 1, кв. ${n}`);
    const timeline = await listPremiseActivity(a.director, premise.id, parseListParams({}));
    expect(timeline.rows.map((r) => r.subject)).toContain("Орлов Олег закреплён(а) за помещением: собственник");
  });

  it("requires residents and tenants to depend on an owner or unconfirmed owner of the same premise", async () => {
    const premise = await freshPremise();
    const elsewhere = await freshPremise();
    const owner = await makeClient(a, "Белов");
    const unconfirmed = await makeClient(a, "Белова");
    const tenant = await makeClient(a, "Арендов");
    const stranger = await makeClient(a, "Чужой");
    await link(a.director, elsewhere.id, owner.id);
    await expect(link(a.director, premise.id, tenant.id, "tenant", owner.id)).rejects.toThrow("закреплённого за этим помещением");
    await link(a.director, premise.id, unconfirmed.id, "unconfirmed_owner");
    await expect(link(a.director, premise.id, tenant.id, "tenant", unconfirmed.id)).resolves.toMatchObject({ basis: "tenant" });
    await expect(link(a.director, premise.id, stranger.id, "tenant", stranger.id)).rejects.toThrow("от самого себя");
  });

  it("lets a representative depend on an owner only", async () => {
    const premise = await freshPremise();
    const unconfirmed = await makeClient(a, "Серов");
    const representative = await makeClient(a, "Доверенный");
    await link(a.director, premise.id, unconfirmed.id, "unconfirmed_owner");
    await expect(link(a.director, premise.id, representative.id, "representative", unconfirmed.id)).rejects.toThrow("как собственник");
  });

  it("refuses to unlink an owner others depend on, naming them; then allows it once they are gone", async () => {
    const premise = await freshPremise();
    const owner = await makeClient(a, "Главный", "Иван");
    const wife = await makeClient(a, "Главная", "Анна");
    await link(a.director, premise.id, owner.id);
    const wifeLink = await link(a.director, premise.id, wife.id, "resident", owner.id);
    const ownerLink = (await listPremiseLinks(a.director, premise.id)).find((l) => l.clientId === owner.id)!;
    await expect(unlinkClient(a.director, { linkId: ownerLink.id })).rejects.toThrow("Нельзя открепить клиента: от него зависят Главная Анна (житель / член семьи)");
    await expect(updateLink(a.director, linkUpdateSchema.parse({ linkId: ownerLink.id, basis: "tenant", dependsOnClientId: wife.id }))).rejects.toThrow(
      "Нельзя изменить основание",
    );
    await unlinkClient(a.director, { linkId: wifeLink.id });
    await unlinkClient(a.director, { linkId: ownerLink.id });
    const rows = await t.db.select().from(premiseClients).where(eq(premiseClients.premiseId, premise.id));
    expect(rows.every((r) => r.removedAt !== null)).toBe(true);
    expect(await listPremiseLinks(a.director, premise.id)).toEqual([]);
  });

  it("updates documents, share and options of a link", async () => {
    const premise = await freshPremise();
    const owner = await makeClient(a, "Обновлёнов");
    const row = await link(a.director, premise.id, owner.id);
    const after = await updateLink(
      a.director,
      linkUpdateSchema.parse({ linkId: row.id, basis: "owner", ownershipShare: "0,25", certificateNumber: "77-АА", staffComment: "Звонить вечером", onlinePayment: false, keepOnIntegration: true }),
    );
    expect(after).toMatchObject({ ownershipShare: "0.25", certificateNumber: "77-АА", onlinePayment: false, keepOnIntegration: true });
  });

  it("refuses linking the same client twice, an archived premise, and ids of another organisation", async () => {
    const premise = await freshPremise();
    const owner = await makeClient(a, "Дважды");
    await link(a.director, premise.id, owner.id);
    await expect(link(a.director, premise.id, owner.id)).rejects.toThrow("уже закреплён");
    const bClient = await makeClient(b, "Бетов");
    await expect(link(a.director, premise.id, bClient.id)).rejects.toThrow("Клиент не найден");
    await expect(link(b.director, premise.id, bClient.id)).rejects.toThrow("Помещение не найдено");
  });

  it("refuses premises outside an employee's buildings with 403, not «не найдено»", async () => {
    const premise = await freshPremise();
    const other = await makeBuilding(a, "ул. Дальняя", "2");
    const scoped = await scopedEmployee(t.db, a, [other.id]);
    const owner = await makeClient(a, "Скрытов");
    await expect(link(scoped, premise.id, owner.id)).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("не входит в ваши объекты") });
    await expect(listPremiseLinks(scoped, premise.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
