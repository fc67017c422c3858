"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/app/_server/staff-action";
import { commitStatement, statementCommitSchema } from "@/lib/payments/statements/commit-statement";
import { searchPaymentAccounts } from "@/lib/payments/third-party/payment-accounts";
import { boundedString } from "@/lib/validation/bounded-string";

/** Step two: staff confirmed the preview (with the accounts they picked); every line with an account is booked at once. */
export const commitStatementAction = staffAction("finance.payments.edit", statementCommitSchema, async (ctx, input) => {
  const result = await commitStatement(ctx, input);
  revalidatePath("/crm/payments");
  revalidatePath("/crm/payments/import");
  return result;
});

/** The account picker of an unmatched line: accounts by the start of their number or ЕЛС. */
export const findPaymentAccountsAction = staffAction("finance.payments.edit", z.object({ text: boundedString(50).trim().min(1) }), (ctx, input) => searchPaymentAccounts(ctx, input));
