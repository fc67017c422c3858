import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { clientExternalIds, clientPhoneHistory, clients } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit, writeAudits } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { replaceTags } from "@/lib/registry/tags/replace-tags";
import { tagNamesOf } from "@/lib/registry/tags/tag-names";
import { absorbClient } from "./absorb-client";
import { recordClientPhone } from "./client-phone";
import type { ClientUpsertData, ClientUpsertField } from "./client-upsert-schema";
import { clientValues, profileOf, sameTags, sameValues, type ClientProfile } from "./client-values";
import { otherClientsWithPhone, phoneUsedInOtherOrg } from "./phone-owners";
import { withPhoneConflict } from "./phone-conflict";

export const PHONE_OF_SIGNED_IN_CLIENT = "Невозможно изменить номер телефона, так как клиент уже выполнил вход в личный кабинет";
export const PHONE_IN_OTHER_ORGANISATION = "Невозможно изменить номер телефона клиента, так как он зарегистрирован в нескольких организациях";

export type UpsertOutcome = {
  clientId: string;
  /** `linked`: rule 3 gave the external id to a client found by phone; `unchanged`: rule 1 found nothing to write. */
  outcome: "created" | "updated" | "merged" | "linked" | "unchanged";
  /** Which rule of seed 002 §1 applied. */
  rule: "1" | "2a" | "2d" | "3" | "4";
};

type Options = {
  /** Fields the sender actually sent; only these overwrite a stored client. All of them when omitted. */
  fields?: ReadonlySet<ClientUpsertField>;
};

/**
 * Creates or updates a client from an accounting system by its external id, following seed 002 §1 exactly.
 * P is the phone sent, C the client that already has the external id.
 *
 *  1  C exists and C.phone = P (or no phone was sent): the other fields are overwritten; phone and id stay.
 *  2  C exists and C.phone ≠ P. Others = clients of this organisation except C who have P now or had it before
 *     (client_phone_history), archived ones included.
 *   2b some of Others has signed in to the cabinet (first_login_at set): P is somebody's login, so it cannot be
 *      handed to C → «Невозможно изменить номер телефона, так как клиент уже выполнил вход в личный кабинет».
 *      (The seed's wording «используется или использовался ранее другими клиентами» plus its message: a number is
 *      protected by being someone's login, now or before; a former holder who never signed in protects nothing.)
 *   2c an active client of another organisation has P → «…так как он зарегистрирован в нескольких организациях».
 *      (This tells the sender that the number exists elsewhere, never where; the seed asks for exactly that.)
 *   2d an active client H of this organisation has P and never signed in: H is a duplicate of C and is merged into
 *      C (links, external ids, tags, activity move; H archived; both audited); then C takes P. C is restored if it
 *      was archived, since it now stands for H, who was live.
 *   2a otherwise (P unused here, or used only by former holders who never signed in): everything is overwritten,
 *      the phone included.
 *  3  no C, and an active client of this organisation has P: the new external id is added to that client's card;
 *     its data stays as staff keep it (the seed adds the id only; the next run with this id is rule 1).
 *  4  no C and no such client: a new client is created.
 *
 * The API never clears a phone (it is the resident's login): a missing or null phone counts as «not sent».
 * Runs in its own transaction, a savepoint when ctx.db is already one, so a refused item undoes only itself.
 */
export async function upsertClientByExternalId(ctx: StaffContext, data: ClientUpsertData, options: Options = {}): Promise<UpsertOutcome> {
  assertPermission(ctx, "registry.clients.edit");
  return withPhoneConflict(() =>
    ctx.db.transaction(async (tx) => {
      const phone = data.phone && (!options.fields || options.fields.has("phone")) ? data.phone : null;
      const current = await clientByExternalId(tx, ctx.orgId, data.externalId);
      if (!current) {
        const holder = phone ? await activeHolder(tx, ctx.orgId, phone) : undefined;
        if (holder) return addExternalId(tx, ctx, holder, data.externalId);
        return create(tx, ctx, data);
      }
      if (!phone || phone === current.phone) return update(tx, ctx, current, data, options, { phone: current.phone, rule: "1" });

      const others = await otherClientsWithPhone(tx, ctx.orgId, phone, current.id);
      if (others.some((o) => o.firstLoginAt)) throw new AppError("CONFLICT", PHONE_OF_SIGNED_IN_CLIENT, { phone: [PHONE_OF_SIGNED_IN_CLIENT] });
      if (await phoneUsedInOtherOrg(tx, ctx.orgId, phone)) throw new AppError("CONFLICT", PHONE_IN_OTHER_ORGANISATION, { phone: [PHONE_IN_OTHER_ORGANISATION] });
      const duplicate = others.find((o) => o.phone === phone && !o.archivedAt);
      if (!duplicate) return update(tx, ctx, current, data, options, { phone, rule: "2a" });
      // Sent tags replace C's own, but the duplicate's tags are kept (absorbClient already joined both when none were sent).
      const duplicateTags = await tagNamesOf(tx, ctx.orgId, { clientId: duplicate.id });
      await absorbClient(tx, ctx, current.id, duplicate.id);
      return update(tx, ctx, current, { ...data, tags: [...data.tags, ...duplicateTags] }, options, { phone, rule: "2d" });
    }),
  );
}

export type StoredClient = typeof clients.$inferSelect;

/** The columns rules 1, 2a and 2d write: the sent fields over the stored ones, `phone` as decided by the rule. */
function valuesAfterUpdate(before: StoredClient, sent: Omit<ClientUpsertData, "tags">, fields: ReadonlySet<ClientUpsertField> | undefined, phone: string | null) {
  const overlay = Object.fromEntries(Object.entries(sent).filter(([key]) => key !== "externalId" && (!fields || fields.has(key as ClientUpsertField))));
  return clientValues({ ...profileOf(before), ...overlay, phone }, before);
}

/**
 * Whether an upsert of `data` onto `before` (the client holding its external id) would write nothing: rule 1 with
 * every sent field, tags not sent, already as stored. Lets a bulk run skip the client without a savepoint.
 */
export function upsertChangesNothing(before: StoredClient, data: ClientUpsertData, fields: ReadonlySet<ClientUpsertField>): boolean {
  if (fields.has("tags")) return false;
  const phone = data.phone && fields.has("phone") ? data.phone : null;
  if (phone && phone !== before.phone) return false;
  return sameValues(before, valuesAfterUpdate(before, data, fields, before.phone));
}

async function clientByExternalId(tx: Db, orgId: string, externalId: string): Promise<StoredClient | undefined> {
  const [row] = await tx
    .select({ client: clients })
    .from(clientExternalIds)
    .innerJoin(clients, eq(clients.id, clientExternalIds.clientId))
    .where(and(eq(clientExternalIds.orgId, orgId), eq(clientExternalIds.externalId, externalId)))
    .for("update", { of: clients });
  return row?.client;
}

async function activeHolder(tx: Db, orgId: string, phone: string) {
  const [row] = await tx
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.orgId, orgId), eq(clients.phone, phone), isNull(clients.archivedAt)))
    .for("update");
  return row;
}

/** Rule 3. */
async function addExternalId(tx: Db, ctx: StaffContext, holder: { id: string }, externalId: string): Promise<UpsertOutcome> {
  const [row] = await tx.insert(clientExternalIds).values({ orgId: ctx.orgId, clientId: holder.id, externalId }).returning();
  await writeAudit(tx, ctx, { action: "client.external_id_added", entityType: "client", entityId: holder.id, after: row });
  return { clientId: holder.id, outcome: "linked", rule: "3" };
}

/** Rule 4. */
async function create(tx: Db, ctx: StaffContext, { externalId, tags, ...profile }: ClientUpsertData): Promise<UpsertOutcome> {
  const [row] = await tx
    .insert(clients)
    .values({ ...clientValues(profile), orgId: ctx.orgId })
    .returning();
  if (!row) throw new Error("client insert returned no row");
  await recordClientPhone(tx, ctx.orgId, row.id, row.phone);
  await tx.insert(clientExternalIds).values({ orgId: ctx.orgId, clientId: row.id, externalId });
  await replaceTags(tx, ctx.orgId, { clientId: row.id }, tags);
  await writeAudit(tx, ctx, { action: "client.created", entityType: "client", entityId: row.id, after: { ...row, externalId, tags } });
  return { clientId: row.id, outcome: "created", rule: "4" };
}

/** Rules 1, 2a and 2d: the sent fields over the stored ones; `phone` is what the client ends up with. */
async function update(
  tx: Db,
  ctx: StaffContext,
  before: StoredClient,
  { tags, ...sent }: ClientUpsertData,
  { fields }: Options,
  { phone, rule }: { phone: string | null; rule: "1" | "2a" | "2d" },
): Promise<UpsertOutcome> {
  const values = valuesAfterUpdate(before, sent, fields, phone);
  const tagsSent = !fields || fields.has("tags");
  const tagsBefore = tagsSent ? await tagNamesOf(tx, ctx.orgId, { clientId: before.id }) : [];
  // A scheduled sync re-sends unchanged clients: nothing to write and nothing to audit for them.
  if (rule === "1" && sameValues(before, values) && (!tagsSent || sameTags(tagsBefore, tags))) {
    return { clientId: before.id, outcome: "unchanged", rule };
  }
  const [after] = await tx
    .update(clients)
    .set({ ...values, ...(rule === "2d" ? { archivedAt: null } : {}) })
    .where(and(eq(clients.id, before.id), eq(clients.orgId, ctx.orgId)))
    .returning();
  if (phone !== before.phone) await recordClientPhone(tx, ctx.orgId, before.id, phone);
  if (tagsSent) await replaceTags(tx, ctx.orgId, { clientId: before.id }, tags);
  await writeAudit(tx, ctx, { action: "client.updated", entityType: "client", entityId: before.id, before, after: { ...after, rule } });
  return { clientId: before.id, outcome: rule === "2d" ? "merged" : "updated", rule };
}

/** The profile part of a sent client: its external id and tags are stored in their own tables. */
function profileOfItem(item: ClientUpsertData): ClientProfile {
  const profile: Partial<ClientUpsertData> = { ...item };
  delete profile.externalId;
  delete profile.tags;
  return profile as ClientProfile;
}

/**
 * Rule 4 for many clients at once: each must be new to the organisation — its external id unknown, its phone (if
 * any) held by no active client here and sent by no other item of the request — so no rule but creation can apply,
 * and the rows go in with a few set-based statements instead of a savepoint each. A client with tags takes the
 * one-by-one path. Returns the new ids in the order given.
 */
export async function createClientsByExternalId(ctx: StaffContext, items: readonly ClientUpsertData[]): Promise<string[]> {
  assertPermission(ctx, "registry.clients.edit");
  if (items.length === 0) return [];
  const ids: string[] = [];
  // A client row binds about 25 parameters.
  for (let start = 0; start < items.length; start += 1000) {
    const chunk = items.slice(start, start + 1000);
    const rows = await ctx.db
      .insert(clients)
      .values(chunk.map((item) => ({ ...clientValues(profileOfItem(item)), orgId: ctx.orgId })))
      .returning();
    await ctx.db.insert(clientExternalIds).values(rows.map((row, i) => ({ orgId: ctx.orgId, clientId: row.id, externalId: chunk[i]!.externalId })));
    const phones = rows.filter((row) => row.phone).map((row) => ({ orgId: ctx.orgId, clientId: row.id, phone: row.phone! }));
    if (phones.length) await ctx.db.insert(clientPhoneHistory).values(phones).onConflictDoNothing();
    await writeAudits(
      ctx.db,
      ctx,
      rows.map((row, i) => ({ action: "client.created", entityType: "client", entityId: row.id, after: { ...row, externalId: chunk[i]!.externalId, tags: [] } })),
    );
    ids.push(...rows.map((row) => row.id));
  }
  return ids;
}
