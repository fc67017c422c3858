"use server";

import { revalidatePath } from "next/cache";
import { signIn } from "@/auth";
import { staffAction } from "@/app/_server/staff-action";
import { profileSchema } from "@/lib/access/profile-schema";
import { updateOwnProfile } from "@/lib/access/update-own-profile";
import { changePassword } from "@/lib/auth/change-password";
import { changePasswordSchema } from "@/lib/auth/password-schema";

export const updateProfileAction = staffAction(null, profileSchema, async (ctx, input) => {
  await updateOwnProfile(ctx, input);
  revalidatePath("/crm", "layout");
  return {};
});

export const changePasswordAction = staffAction(null, changePasswordSchema, async (ctx, input) => {
  const { email } = await changePassword(ctx, input);
  revalidatePath("/crm", "layout");
  // The change ended every session, this one too; sign this browser in again with the new password. Should that
  // fail (e.g. the IP allow-list changed meanwhile) the password is still changed and the user signs in by hand.
  const signedIn = await signIn("staff", { email, password: input.password, redirect: false }).then(
    () => true,
    () => false,
  );
  return { signedIn };
});
