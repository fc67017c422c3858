import { eq } from "drizzle-orm";
import { organisations } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";

/** The caller's own organisation, as the company settings page shows it. */
export async function getOrganisationProfile(ctx: StaffContext) {
  assertPermission(ctx, "settings.view");
  const [org] = await ctx.db
    .select({
      name: organisations.name,
      inn: organisations.inn,
      region: organisations.region,
      timezone: organisations.timezone,
      logo: organisations.logo,
      siteDomain: organisations.siteDomain,
      email: organisations.email,
      phone: organisations.phone,
      address: organisations.address,
      receptionHours: organisations.receptionHours,
      contactPerson: organisations.contactPerson,
      additionalInfo: organisations.additionalInfo,
      nextRequestNumber: organisations.nextRequestNumber,
      meterReminderDay: organisations.meterReminderDay,
      residentsSeeExecutors: organisations.residentsSeeExecutors,
      staffIpAllowlist: organisations.staffIpAllowlist,
    })
    .from(organisations)
    .where(eq(organisations.id, ctx.orgId));
  if (!org) throw notFound("Организация");
  return org;
}
export type OrganisationProfile = Awaited<ReturnType<typeof getOrganisationProfile>>;
