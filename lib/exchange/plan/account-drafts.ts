import { randomUUID } from "node:crypto";
import type { ColumnLabels, ImportRecord, Report } from "./import-record";
import type { PremiseDraft } from "./premise-drafts";
import type { AccountValues } from "./registry-plan";
import type { SnapshotAccount } from "./registry-snapshot";
import type { SnapshotIndex } from "./snapshot-index";

export type AccountDraft = {
  id: string;
  line: number;
  number: string;
  premise: PremiseDraft;
  existing?: SnapshotAccount;
  els?: string;
  legalEntityId?: string;
  balance?: bigint;
  balanceLine?: number;
};

/**
 * Accounts named by the file. Several rows may name one account (co-owners of a flat), but an account number
 * belongs to one premise: the same number for two premises in the file, or a number already opened on another
 * premise, is an error.
 */
export function accountDrafts(index: SnapshotIndex, labels: ColumnLabels, report: Report) {
  const byNumber = new Map<string, AccountDraft>();

  function agree<K extends "els" | "legalEntityId">(draft: AccountDraft, record: ImportRecord, name: K, label: string | undefined) {
    const value = record.account?.[name];
    if (value === undefined) return;
    if (draft[name] !== undefined && draft[name] !== value) report(record.line, label, `Значение отличается от строки ${draft.line} для этого же лицевого счёта`);
    else draft[name] = value;
  }

  function add(record: ImportRecord, premise: PremiseDraft): void {
    const { account, line } = record;
    if (!account) return;
    let draft = byNumber.get(account.number);
    if (draft && draft.premise !== premise) {
      return report(line, labels.account, `Лицевой счёт ${account.number} уже указан в строке ${draft.line} для другого помещения`);
    }
    if (!draft) {
      const existing = index.accountByNumber.get(account.number);
      if (existing && existing.premiseId !== premise.id) {
        const where = index.premiseById.get(existing.premiseId);
        return report(line, labels.account, `Лицевой счёт ${account.number} уже открыт на другое помещение${where ? `: ${index.premiseAddress(where)}` : ""}`);
      }
      draft = { id: existing?.id ?? randomUUID(), line, number: account.number, premise, existing };
      byNumber.set(account.number, draft);
    }
    agree(draft, record, "els", labels.els);
    agree(draft, record, "legalEntityId", labels.legalEntity);
    if (record.balance === undefined) return;
    if (draft.balance !== undefined && draft.balance !== record.balance) {
      return report(line, labels.balance, `Баланс отличается от строки ${draft.balanceLine} для этого же лицевого счёта`);
    }
    draft.balance = record.balance;
    draft.balanceLine = line;
  }

  return { add, drafts: () => [...byNumber.values()] };
}

export function accountValues(draft: AccountDraft): AccountValues {
  return {
    id: draft.id,
    premiseId: draft.premise.id,
    number: draft.number,
    els: draft.els ?? draft.existing?.els ?? null,
    legalEntityId: draft.legalEntityId ?? draft.existing?.legalEntityId ?? null,
  };
}

export const accountChanged = (values: AccountValues, existing: SnapshotAccount) =>
  values.els !== existing.els || values.legalEntityId !== existing.legalEntityId;
