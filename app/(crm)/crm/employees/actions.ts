"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/app/_server/staff-action";
import {
  employeeBuildingsSchema,
  employeeSchema,
  employeeUpdateSchema,
  setEmployeeBlockedSchema,
  unlockEmployeeSignInSchema,
} from "@/lib/access/employee-schema";
import { inviteEmployee } from "@/lib/access/invite-employee";
import { setEmployeeBlocked } from "@/lib/access/set-employee-blocked";
import { setEmployeeBuildings } from "@/lib/access/set-employee-buildings";
import { unlockEmployeeSignIn } from "@/lib/access/unlock-employee-sign-in";
import { updateEmployee } from "@/lib/access/update-employee";
import { dispatch } from "@/inngest/dispatch";
import { EMAIL_QUEUED } from "@/inngest/functions/deliver-email";

const MANAGE = "access.employees.manage";
const revalidate = () => revalidatePath("/crm/employees");

export const inviteEmployeeAction = staffAction(MANAGE, employeeSchema, async (ctx, input) => {
  const { id, outboxId } = await inviteEmployee(ctx, input);
  // Only after the commit: the password email must not go out for an employee that was rolled back.
  await dispatch(EMAIL_QUEUED, { outboxId });
  revalidate();
  return { id };
});

export const updateEmployeeAction = staffAction(MANAGE, employeeUpdateSchema, async (ctx, input) => {
  await updateEmployee(ctx, input);
  revalidate();
  return { id: input.id };
});

export const setEmployeeBlockedAction = staffAction(MANAGE, setEmployeeBlockedSchema, async (ctx, input) => {
  await setEmployeeBlocked(ctx, input);
  revalidate();
  return { id: input.id };
});

export const unlockEmployeeSignInAction = staffAction(MANAGE, unlockEmployeeSignInSchema, async (ctx, input) => {
  const result = await unlockEmployeeSignIn(ctx, input);
  revalidate();
  return result;
});

export const setEmployeeBuildingsAction = staffAction(MANAGE, employeeBuildingsSchema, async (ctx, input) => {
  await setEmployeeBuildings(ctx, input);
  revalidate();
  return { id: input.id };
});
