"use server";

import { signOut } from "@/auth";

/** Any visitor may sign out; it only clears their own session cookie. */
export async function signOutResidentAction(): Promise<void> {
  await signOut({ redirectTo: "/cabinet/login" });
}
