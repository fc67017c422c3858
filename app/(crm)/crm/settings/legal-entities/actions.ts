"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/app/_server/staff-action";
import { bankAccountCreateSchema, bankAccountUpdateSchema } from "@/lib/org/bank-account-schema";
import { createBankAccount } from "@/lib/org/create-bank-account";
import { createLegalEntity } from "@/lib/org/create-legal-entity";
import { legalEntitySchema, legalEntityUpdateSchema, setArchivedSchema } from "@/lib/org/legal-entity-schema";
import { setBankAccountArchived } from "@/lib/org/set-bank-account-archived";
import { setLegalEntityArchived } from "@/lib/org/set-legal-entity-archived";
import { updateBankAccount } from "@/lib/org/update-bank-account";
import { updateLegalEntity } from "@/lib/org/update-legal-entity";

const MANAGE = "settings.manage";
const revalidate = () => revalidatePath("/crm/settings/legal-entities", "layout");

export const createLegalEntityAction = staffAction(MANAGE, legalEntitySchema, async (ctx, input) => {
  const entity = await createLegalEntity(ctx, input);
  revalidate();
  return { id: entity.id };
});

export const updateLegalEntityAction = staffAction(MANAGE, legalEntityUpdateSchema, async (ctx, input) => {
  await updateLegalEntity(ctx, input);
  revalidate();
  return { id: input.id };
});

export const setLegalEntityArchivedAction = staffAction(MANAGE, setArchivedSchema, async (ctx, input) => {
  await setLegalEntityArchived(ctx, input);
  revalidate();
  return { id: input.id };
});

export const createBankAccountAction = staffAction(MANAGE, bankAccountCreateSchema, async (ctx, input) => {
  const account = await createBankAccount(ctx, input);
  revalidate();
  return { id: account.id };
});

export const updateBankAccountAction = staffAction(MANAGE, bankAccountUpdateSchema, async (ctx, input) => {
  await updateBankAccount(ctx, input);
  revalidate();
  return { id: input.id };
});

export const setBankAccountArchivedAction = staffAction(MANAGE, setArchivedSchema, async (ctx, input) => {
  await setBankAccountArchived(ctx, input);
  revalidate();
  return { id: input.id };
});
