import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, clients, premiseClients } from "@/db/schema";
import { addPremiseMember } from "@/lib/residents/family/add-premise-member";
import { addMemberSchema, type AddMemberInput } from "@/lib/residents/family/member-schema";
import { removePremiseMember } from "@/lib/residents/family/remove-premise-member";
import { getMyPremise } from "@/lib/residents/premises/get-my-premise";
import type { LinkBasis } from "@/db/schema";
import { addAccount, addClient, addLink, addPremise, nextTestPhone, orgWithBuilding, residentContext } from "@/tests/support/resident-fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let orgId: string;
let buildingId: string;
let flatNo = 0;

/** A flat and the resident who signs in with `basis` on it. */
async function flatWith(basis: LinkBasis) {
  const premise = await addPremise(t.db, orgId, buildingId, String(++flatNo));
  const phone = nextTestPhone();
  const me = await addClient(t.db, orgId, { lastName: "Хозяев", phone });
  await addLink(t.db, { orgId, premiseId: premise.id, clientId: me.id, basis });
  return { premise, me, ctx: await residentContext(t.db, phone) };
}

const member = (premiseId: string, basis: AddMemberInput["basis"], phone = nextTestPhone()) =>
  addMemberSchema.parse({ premiseId, basis, lastName: "Родных", firstName: "Анна", phone });

beforeAll(async () => {
  t = await createTestDb();
  const org = await orgWithBuilding(t.db, "Семья");
  orgId = org.orgId;
  buildingId = org.buildingId;
});
afterAll(() => t?.close());

describe("family, tenants and representatives from the cabinet", () => {
  it("an owner adds a family member: a new client, linked by the resident, depending on the owner, audited", async () => {
    const { premise, me, ctx } = await flatWith("owner");
    const input = member(premise.id, "resident");
    const { linkId } = await addPremiseMember(ctx, input);
    const [link] = await t.db.select().from(premiseClients).where(eq(premiseClients.id, linkId));
    expect(link).toMatchObject({ basis: "resident", addedBy: "resident", dependsOnClientId: me.id, premiseId: premise.id });
    const [client] = await t.db.select().from(clients).where(eq(clients.id, link!.clientId));
    expect(client).toMatchObject({ orgId, lastName: "Родных", firstName: "Анна", phone: input.phone });
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, linkId));
    expect(audit[0]).toMatchObject({ action: "premise_client.linked", actorType: "resident", actorId: me.id });
    // The new member signs in with their own phone and sees the premise.
    const card = await getMyPremise(await residentContext(t.db, input.phone), premise.id);
    expect(card.basis).toBe("resident");
    expect(card.canAdd).toEqual([]);
  });

  it("links an existing client of the organisation by phone without renaming them, and not twice", async () => {
    const { premise, ctx } = await flatWith("owner");
    const phone = nextTestPhone();
    const known = await addClient(t.db, orgId, { lastName: "Известных", phone });
    const { linkId } = await addPremiseMember(ctx, member(premise.id, "tenant", phone));
    const [link] = await t.db.select().from(premiseClients).where(eq(premiseClients.id, linkId));
    expect(link?.clientId).toBe(known.id);
    const [client] = await t.db.select().from(clients).where(eq(clients.id, known.id));
    expect(client?.lastName).toBe("Известных");
    await expect(addPremiseMember(ctx, member(premise.id, "resident", phone))).rejects.toThrow("Этот человек уже добавлен к помещению");
  });

  it("an unconfirmed owner sees only themselves and the accounts, and gives no one access until staff confirm", async () => {
    const unconfirmed = await flatWith("unconfirmed_owner");
    const owner = await addClient(t.db, orgId, { lastName: "Настоящих", phone: nextTestPhone() });
    await addLink(t.db, { orgId, premiseId: unconfirmed.premise.id, clientId: owner.id, basis: "owner" });
    const account = await addAccount(t.db, { orgId, premiseId: unconfirmed.premise.id, number: `UO-${flatNo}` });

    const card = await getMyPremise(unconfirmed.ctx, unconfirmed.premise.id);
    expect(card.members.map((m) => [m.isMe, m.phone])).toEqual([[true, null]]);
    expect(card.othersHidden).toBe(true);
    expect(card.accounts.map((a) => a.id)).toEqual([account.id]);
    expect(card.canAdd).toEqual([]);
    for (const basis of ["resident", "tenant", "representative"] as const) {
      await expect(addPremiseMember(unconfirmed.ctx, member(unconfirmed.premise.id, basis))).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: expect.stringContaining("подтвердит, что вы собственник"),
      });
    }
    const links = await t.db.select().from(premiseClients).where(eq(premiseClients.premiseId, unconfirmed.premise.id));
    expect(links).toHaveLength(2);

    // Once staff confirm (the basis becomes owner), the same person sees everyone, with phones, and adds members.
    await t.db.update(premiseClients).set({ basis: "owner" }).where(eq(premiseClients.clientId, unconfirmed.me.id));
    const confirmed = await getMyPremise(unconfirmed.ctx, unconfirmed.premise.id);
    expect(confirmed.members).toHaveLength(2);
    expect(confirmed.members.find((m) => !m.isMe)?.phone).toBe(owner.phone);
    await expect(addPremiseMember(unconfirmed.ctx, member(unconfirmed.premise.id, "tenant"))).resolves.toBeTruthy();
  });

  it("residents, tenants and representatives add no one", async () => {
    for (const basis of ["resident", "tenant", "representative"] as const) {
      const { premise, ctx } = await flatWith(basis);
      await expect(addPremiseMember(ctx, member(premise.id, "resident"))).rejects.toThrow("Добавлять жителей может только собственник помещения");
    }
  });

  it("removes a member the owner added; the link is ended, not deleted", async () => {
    const { premise, ctx } = await flatWith("owner");
    const { linkId } = await addPremiseMember(ctx, member(premise.id, "representative"));
    expect((await getMyPremise(ctx, premise.id)).members.find((m) => m.linkId === linkId)?.canRemove).toBe(true);
    await removePremiseMember(ctx, { premiseId: premise.id, linkId });
    const [link] = await t.db.select().from(premiseClients).where(eq(premiseClients.id, linkId));
    expect(link?.removedAt).toBeInstanceOf(Date);
    expect((await getMyPremise(ctx, premise.id)).members.map((m) => m.linkId)).not.toContain(linkId);
  });

  it("protects members added by the organisation, and those another owner added", async () => {
    const { premise, me, ctx } = await flatWith("owner");
    const relative = await addClient(t.db, orgId, { lastName: "Штатных", phone: nextTestPhone() });
    const staffLink = await addLink(t.db, { orgId, premiseId: premise.id, clientId: relative.id, basis: "resident", dependsOnClientId: me.id, addedBy: "staff" });
    expect((await getMyPremise(ctx, premise.id)).members.find((m) => m.linkId === staffLink.id)).toMatchObject({ canRemove: false, addedByOrganisation: true });
    await expect(removePremiseMember(ctx, { premiseId: premise.id, linkId: staffLink.id })).rejects.toThrow(
      "Этого жителя добавила управляющая организация — удалить его может только она",
    );

    const coOwnerPhone = nextTestPhone();
    const coOwner = await addClient(t.db, orgId, { lastName: "Совладельцев", phone: coOwnerPhone });
    await addLink(t.db, { orgId, premiseId: premise.id, clientId: coOwner.id, basis: "owner" });
    const { linkId } = await addPremiseMember(await residentContext(t.db, coOwnerPhone), member(premise.id, "tenant"));
    await expect(removePremiseMember(ctx, { premiseId: premise.id, linkId })).rejects.toThrow("Удалить можно только тех, кого добавили вы");
    const active = await t.db.select().from(premiseClients).where(and(eq(premiseClients.premiseId, premise.id), isNull(premiseClients.removedAt)));
    expect(active).toHaveLength(4);
  });

  it("refuses a resident acting on a premise that is not theirs, and a blocked resident", async () => {
    const mine = await flatWith("owner");
    const theirs = await flatWith("owner");
    await expect(addPremiseMember(mine.ctx, member(theirs.premise.id, "resident"))).rejects.toThrow("Помещение не найдено");
    const [theirLink] = await t.db.select().from(premiseClients).where(eq(premiseClients.premiseId, theirs.premise.id));
    await expect(removePremiseMember(mine.ctx, { premiseId: theirs.premise.id, linkId: theirLink!.id })).rejects.toThrow("Помещение не найдено");
    await expect(removePremiseMember(mine.ctx, { premiseId: mine.premise.id, linkId: theirLink!.id })).rejects.toThrow("Житель не найден");

    await t.db.update(clients).set({ blockedAt: new Date() }).where(eq(clients.id, mine.me.id));
    await expect(residentContext(t.db, mine.ctx.phone)).rejects.toThrow("Ваш доступ заблокирован управляющей организацией");
  });
});
