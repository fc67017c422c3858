"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/app/_server/resident-action";
import { addPremiseMember } from "@/lib/residents/family/add-premise-member";
import { addMemberSchema, removeMemberSchema } from "@/lib/residents/family/member-schema";
import { removePremiseMember } from "@/lib/residents/family/remove-premise-member";

export const addPremiseMemberAction = residentAction(addMemberSchema, async (ctx, input) => {
  const result = await addPremiseMember(ctx, input);
  revalidatePath(`/cabinet/premises/${input.premiseId}`);
  return result;
});

export const removePremiseMemberAction = residentAction(removeMemberSchema, async (ctx, input) => {
  await removePremiseMember(ctx, input);
  revalidatePath(`/cabinet/premises/${input.premiseId}`);
  return { linkId: input.linkId };
});
