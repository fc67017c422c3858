"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/app/_server/staff-action";
import { accountSchema, accountUpdateSchema, setAccountArchivedSchema } from "@/lib/registry/accounts/account-schema";
import { createAccount } from "@/lib/registry/accounts/create-account";
import { setAccountArchived } from "@/lib/registry/accounts/set-account-archived";
import { updateAccount } from "@/lib/registry/accounts/update-account";

export const createAccountAction = staffAction("registry.accounts.edit", accountSchema, async (ctx, input) => {
  const account = await createAccount(ctx, input);
  revalidatePath("/crm/premises", "layout");
  return { id: account.id };
});

export const updateAccountAction = staffAction("registry.accounts.edit", accountUpdateSchema, async (ctx, input) => {
  await updateAccount(ctx, input);
  revalidatePath("/crm/premises", "layout");
  return { id: input.id };
});

export const setAccountArchivedAction = staffAction("registry.accounts.edit", setAccountArchivedSchema, async (ctx, input) => {
  await setAccountArchived(ctx, input);
  revalidatePath("/crm/premises", "layout");
  return { id: input.id };
});
