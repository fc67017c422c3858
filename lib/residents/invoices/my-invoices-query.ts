import { and, eq, isNull, type SQL } from "drizzle-orm";
import { invoices, personalAccounts } from "@/db/schema";
import type { ResidentContext } from "../resident-context";
import { findMyPremiseLink } from "../premises/my-premise-link";

/**
 * What a resident may see of a premise's invoices, as the rest of the cabinet decides it: the premise must be theirs
 * (lib/residents' link rule, a blocked resident refused), only issued invoices — never drafts or cancelled ones — and
 * only of accounts neither archived nor «не отображать в ЛК жителя».
 */
export async function myInvoicesScope(ctx: ResidentContext, premiseId: string) {
  const mine = await findMyPremiseLink(ctx, premiseId);
  const where = (extra?: SQL) =>
    and(
      eq(invoices.orgId, mine.premise.orgId),
      eq(invoices.premiseId, premiseId),
      eq(invoices.status, "issued"),
      eq(personalAccounts.hiddenInCabinet, false),
      isNull(personalAccounts.archivedAt),
      extra,
    );
  return { mine, where };
}
