import { premises } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { accountSchema, type AccountData } from "@/lib/registry/accounts/account-schema";
import { repeatedKeys } from "../bulk-body";
import { addReason, reasonsFromZod, type BulkItemError } from "../bulk-errors";
import { idsByExternalId, resolveOne } from "../external-refs";
import type { PreparedItem } from "../run-bulk";
import { accountRefSchema } from "./account-item-schema";
import { legalEntitiesByInn } from "./legal-entities-by-inn";
import { storedAccounts } from "./stored-accounts";

export type PreparedAccount = { existingId: string | null; account: AccountData };

const asObject = (raw: unknown): Record<string, unknown> => (raw && typeof raw === "object" && !Array.isArray(raw) ? { ...raw } : {});

/**
 * Every account item checked against the staff form's schema, with its premise and legal entity resolved. Fields an
 * item leaves out keep their stored values. An account stays on its premise: it carries that premise's ledger.
 */
export async function prepareAccountItems(ctx: StaffContext, raw: unknown[]) {
  const errors = new Map<number, BulkItemError>();
  const refs = raw.map((item, index) => {
    const result = accountRefSchema.safeParse(item);
    if (result.success) return result.data;
    errors.set(index, { index, externalId: asObject(item).externalId as string | undefined, reasons: reasonsFromZod(result.error) });
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

  const items: PreparedItem<PreparedAccount>[] = [];
  refs.forEach((ref, index) => {
    if (!ref) return;
    const reason = (field: string, message: string) => addReason(errors, index, { field, message }, ref.externalId);
    const existing = stored.get(ref.externalId);
    if (existing?.archived) return reason("externalId", "Лицевой счёт в архиве: сначала верните его из архива");
    const premise = ref.premiseExternalId
      ? resolveOne(premiseIds, ref.premiseExternalId, { noun: "Помещение", notFound: "не найдено" })
      : existing
        ? { id: existing.premiseId }
        : { message: "Укажите premiseExternalId: помещение нового лицевого счёта" };
    if ("message" in premise) return reason("premiseExternalId", premise.message);
    if (existing && premise.id !== existing.premiseId) return reason("premiseExternalId", "Лицевой счёт относится к другому помещению; перенести его через API нельзя");
    // Reference fields the form's schema does not know are dropped by it.
    const sent = asObject(raw[index]);
    const legalEntity = ref.legalEntityInn ? entities.get(ref.legalEntityInn) : undefined;
    if (ref.legalEntityInn && !legalEntity) return reason("legalEntityInn", `Юрлицо с ИНН ${ref.legalEntityInn} не найдено в организации`);
    const entityField = "legalEntityInn" in sent ? { legalEntityId: legalEntity ?? null } : {};
    const parsed = accountSchema.safeParse({ ...existing?.input, ...sent, ...entityField, premiseId: premise.id, externalId: ref.externalId });
    if (!parsed.success) return reasonsFromZod(parsed.error).forEach((r) => addReason(errors, index, r, ref.externalId));
    if (!errors.has(index)) items.push({ index, externalId: ref.externalId, data: { existingId: existing?.id ?? null, account: parsed.data } });
  });
  return { items, errors: [...errors.values()].sort((x, y) => x.index - y.index) };
}
