import { cache } from "react";
import { getOwnProfile } from "@/lib/access/get-own-profile";

/** The signed-in employee's profile, loaded once per request: the CRM layout and the home page both show it. */
export const ownProfile = cache(getOwnProfile);

/** «Алексей Админов»: a greeting names the person first name first. */
export const greetingName = (profile: { firstName: string; lastName: string }) => `${profile.firstName} ${profile.lastName}`;
