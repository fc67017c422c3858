import { and, eq, isNull } from "drizzle-orm";
import { personalAccounts } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import type { AccountData } from "@/lib/registry/accounts/account-schema";
import { createAccount } from "@/lib/registry/accounts/create-account";
import { updateAccount } from "@/lib/registry/accounts/update-account";
import type { BulkSpec } from "../run-bulk";
import { prepareAccountItems, type PreparedAccount } from "./prepare-account-items";

/** An account entered by hand before the integration (same number and premise, no external id) is adopted. */
async function unclaimedTwin(ctx: StaffContext, a: AccountData): Promise<string | undefined> {
  const [row] = await ctx.db
    .select({ id: personalAccounts.id })
    .from(personalAccounts)
    .where(
      and(
        eq(personalAccounts.orgId, ctx.orgId),
        eq(personalAccounts.number, a.number),
        eq(personalAccounts.premiseId, a.premiseId),
        isNull(personalAccounts.externalId),
        isNull(personalAccounts.archivedAt),
      ),
    );
  return row?.id;
}

/** POST /api/v1/accounts: upsert by external id through the account services staff use. */
export function accountBulkSpec(): BulkSpec<PreparedAccount> {
  return {
    kind: "api.accounts",
    prepare: prepareAccountItems,
    phases: [
      async (ctx, { data: { existingId, account } }) => {
        const id = existingId ?? (await unclaimedTwin(ctx, account));
        if (id) {
          const { legalEntityId, number, els, externalId, hiddenInCabinet } = account;
          await updateAccount(ctx, { id, legalEntityId, number, els, externalId, hiddenInCabinet });
          return "updated";
        }
        await createAccount(ctx, account);
        return "created";
      },
    ],
  };
}
