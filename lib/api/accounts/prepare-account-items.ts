import { premises } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { accountFormSchema, accountSchema, type AccountData } from "@/lib/registry/accounts/account-schema";
import { parseInRussian } from "@/lib/validation/zod-messages";
import { acceptedFields, asObject, repeatedKeys, unknownFieldReasons } from "../bulk-body";
import { addReason, reasonsFromZod, type BulkItemError } from "../bulk-errors";
import { idsByExternalId, resolveOne } from "../external-refs";
import type { PreparedItem } from "../run-bulk";
import { accountRefSchema } from "./account-item-schema";
import { legalEntitiesByInn } from "./legal-entities-by-inn";
import { accountTwinKey, storedAccounts, unclaimedAccounts, type StoredAccount } from "./stored-accounts";

export type PreparedAccount = { existing: Pick<StoredAccount, "id" | "adopted"> | null; account: AccountData; unchanged: boolean };

// The legal entity travels as its ИНН, not as Domkom's id.
const accepted = acceptedFields([accountFormSchema, accountRefSchema], ["legalEntityId"]);

function sameAsStored(stored: StoredAccount, account: AccountData): boolean {
  const before = accountSchema.safeParse({ ...stored.input, premiseId: stored.premiseId });
  return before.success && JSON.stringify(before.data) === JSON.stringify(account);
}

/**
 * Every account item checked against the staff form's schema, with its premise and legal entity resolved. Fields an
 * item leaves out keep their stored values (absent = keep, null = clear), also when it adopts an account entered by
 * hand. An account stays on its premise: it carries that premise's ledger.
 */
export async function prepareAccountItems(ctx: StaffContext, raw: unknown[]) {
  const errors = new Map<number, BulkItemError>();
  const refs = raw.map((item, index) => {
    const externalId = asObject(item).externalId as string | undefined;
    for (const reason of unknownFieldReasons(item, accepted)) addReason(errors, index, reason, externalId);
    const result = parseInRussian(accountRefSchema, item);
    if (result.success) return result.data;
    for (const reason of reasonsFromZod(result.error)) addReason(errors, index, reason, externalId);
    return null;
  });
  for (const [index, earlier] of repeatedKeys(refs.map((r) => r?.externalId))) {
    addReason(errors, index, { field: "externalId", message: `Этот внешний идентификатор уже передан в элементе ${earlier}` });
  }
  const [premiseIds, stored, entities] = await Promise.all([
    idsByExternalId(ctx.db, premises, ctx.orgId, refs.flatMap((r) => (r?.premiseExternalId ? [r.premiseExternalId] : []))),
    storedAccounts(ctx, refs.flatMap((r) => (r ? [r.externalId] : []))),
    legalEntitiesByInn(ctx, refs.flatMap((r) => (r?.legalEntityInn ? [r.legalEntityInn] : []))),
  ]);
  const premiseOf = refs.map((ref) => {
    if (!ref) return null;
    const existing = stored.get(ref.externalId);
    if (ref.premiseExternalId) return resolveOne(premiseIds, ref.premiseExternalId, { noun: "Помещение", notFound: "не найдено" });
    return existing ? { id: existing.premiseId } : { message: "Укажите premiseExternalId: помещение нового лицевого счёта" };
  });
  const twins = await unclaimedAccounts(
    ctx,
    premiseOf.flatMap((p, i) => (p && "id" in p && !stored.has(refs[i]?.externalId ?? "") ? [p.id] : [])),
  );

  const items: PreparedItem<PreparedAccount>[] = [];
  refs.forEach((ref, index) => {
    const premise = premiseOf[index];
    if (!ref || !premise) return;
    const reason = (field: string, message: string) => addReason(errors, index, { field, message }, ref.externalId);
    const byExternalId = stored.get(ref.externalId);
    if (byExternalId?.archived) return reason("externalId", "Лицевой счёт в архиве: сначала верните его из архива");
    if ("message" in premise) return reason("premiseExternalId", premise.message);
    if (byExternalId && premise.id !== byExternalId.premiseId) return reason("premiseExternalId", "Лицевой счёт относится к другому помещению; перенести его через API нельзя");
    const sent = asObject(raw[index]);
    const existing = byExternalId ?? twins.get(accountTwinKey(premise.id, sent.number)) ?? null;
    const legalEntity = ref.legalEntityInn ? entities.get(ref.legalEntityInn) : undefined;
    if (ref.legalEntityInn && !legalEntity) return reason("legalEntityInn", `Юрлицо с ИНН ${ref.legalEntityInn} не найдено в организации`);
    const entityField = "legalEntityInn" in sent ? { legalEntityId: legalEntity ?? null } : {};
    // Reference fields the form's schema does not know are dropped by it.
    const parsed = parseInRussian(accountSchema, { ...existing?.input, ...sent, ...entityField, premiseId: premise.id, externalId: ref.externalId });
    if (!parsed.success) return reasonsFromZod(parsed.error).forEach((r) => addReason(errors, index, r, ref.externalId));
    if (errors.has(index)) return;
    const unchanged = existing !== null && !existing.adopted && sameAsStored(existing, parsed.data);
    items.push({ index, externalId: ref.externalId, data: { existing, account: parsed.data, unchanged } });
  });
  return { items, errors: [...errors.values()].sort((x, y) => x.index - y.index) };
}
