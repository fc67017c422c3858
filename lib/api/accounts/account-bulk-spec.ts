import { createAccount } from "@/lib/registry/accounts/create-account";
import { updateAccount } from "@/lib/registry/accounts/update-account";
import type { BulkSpec } from "../run-bulk";
import { prepareAccountItems, type PreparedAccount } from "./prepare-account-items";

/**
 * POST /api/v1/accounts: upsert by external id through the account services staff use. An account entered by hand
 * before the integration (same number and premise, no external id) is adopted: `linked`.
 */
export function accountBulkSpec(): BulkSpec<PreparedAccount> {
  return {
    kind: "api.accounts",
    prepare: prepareAccountItems,
    write: async (ctx, { data: { existing, account, unchanged } }) => {
      if (!existing) return { id: (await createAccount(ctx, account)).id, outcome: "created" };
      if (unchanged) return { id: existing.id, outcome: "unchanged" };
      const { legalEntityId, number, els, externalId, hiddenInCabinet } = account;
      await updateAccount(ctx, { id: existing.id, legalEntityId, number, els, externalId, hiddenInCabinet });
      return { id: existing.id, outcome: existing.adopted ? "linked" : "updated" };
    },
  };
}
