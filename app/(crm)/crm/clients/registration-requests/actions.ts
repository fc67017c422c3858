"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/app/_server/staff-action";
import { approveRegistration } from "@/lib/residents/registration/approve-registration";
import { declineRegistration } from "@/lib/residents/registration/decline-registration";
import { approveRegistrationSchema, declineRegistrationSchema } from "@/lib/residents/registration/decision-schema";

const path = "/crm/clients/registration-requests";

export const approveRegistrationAction = staffAction("registry.clients.edit", approveRegistrationSchema, async (ctx, input) => {
  const { basis } = await approveRegistration(ctx, input);
  revalidatePath(path);
  return { id: input.id, basis };
});

export const declineRegistrationAction = staffAction("registry.clients.edit", declineRegistrationSchema, async (ctx, input) => {
  await declineRegistration(ctx, input);
  revalidatePath(path);
  return { id: input.id };
});
