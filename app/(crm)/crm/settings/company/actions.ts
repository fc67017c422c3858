"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/app/_server/staff-action";
import { organisationProfileSchema } from "@/lib/org/organisation-profile-schema";
import { organisationLogoSchema, setOrganisationLogo } from "@/lib/org/set-organisation-logo";
import { updateOrganisationProfile } from "@/lib/org/update-organisation-profile";

// The layout shows the organisation's name, so every page may change.
const revalidate = () => revalidatePath("/crm", "layout");

export const updateOrganisationProfileAction = staffAction("settings.manage", organisationProfileSchema, async (ctx, input) => {
  await updateOrganisationProfile(ctx, input);
  revalidate();
  return { saved: true };
});

export const uploadOrganisationLogoAction = staffAction("settings.manage", organisationLogoSchema, async (ctx, { logo }) => {
  const key = await setOrganisationLogo(ctx, { bytes: new Uint8Array(await logo.arrayBuffer()), contentType: logo.type });
  revalidate();
  return { logo: key };
});

export const removeOrganisationLogoAction = staffAction("settings.manage", z.object({}), async (ctx) => {
  await setOrganisationLogo(ctx, null);
  revalidate();
  return { logo: null };
});
