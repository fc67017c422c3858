"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/app/_server/staff-action";
import { createRole } from "@/lib/access/create-role";
import { deleteRole } from "@/lib/access/delete-role";
import { roleIdSchema, roleSchema, roleUpdateSchema } from "@/lib/access/role-schema";
import { updateRole } from "@/lib/access/update-role";

const MANAGE = "access.roles.manage";
const revalidate = () => revalidatePath("/crm/roles");

export const createRoleAction = staffAction(MANAGE, roleSchema, async (ctx, input) => {
  const role = await createRole(ctx, input);
  revalidate();
  return { id: role.id };
});

export const updateRoleAction = staffAction(MANAGE, roleUpdateSchema, async (ctx, input) => {
  await updateRole(ctx, input);
  revalidate();
  return { id: input.id };
});

export const deleteRoleAction = staffAction(MANAGE, roleIdSchema, async (ctx, input) => {
  await deleteRole(ctx, input);
  revalidate();
  return { id: input.id };
});
