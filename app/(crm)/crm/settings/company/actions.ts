"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/app/_server/staff-action";
import { organisationProfileSchema } from "@/lib/org/organisation-profile-schema";
import { setOrganisationLogo } from "@/lib/org/set-organisation-logo";
import { updateOrganisationProfile } from "@/lib/org/update-organisation-profile";

// The layout shows the organisation's name, so every page may change.
const revalidate = () => revalidatePath("/crm", "layout");

export const updateOrganisationProfileAction = staffAction("settings.manage", organisationProfileSchema, async (ctx, input) => {
  await updateOrganisationProfile(ctx, input);
  revalidate();
  return { saved: true };
});

// Uploading a logo is the route handler /crm/uploads/logo: files do not go through server actions (1 MB).
export const removeOrganisationLogoAction = staffAction("settings.manage", z.object({}), async (ctx) => {
  await setOrganisationLogo(ctx, null);
  revalidate();
  return { logo: null };
});
