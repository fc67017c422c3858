import type { OrganisationProfile } from "@/lib/org/get-organisation-profile";
import type { OrganisationProfileInput } from "@/lib/org/organisation-profile-schema";
import { isRussianTimeZone } from "@/lib/org/russian-time-zones";

/** Form fields hold "" for an empty value; the schema turns "" back into null on save. */
export function profileFormValues(p: OrganisationProfile): OrganisationProfileInput {
  return {
    name: p.name,
    region: p.region,
    // Only this form sets the zone, from the same list; the fallback is the column's own default.
    timezone: isRussianTimeZone(p.timezone) ? p.timezone : "Europe/Moscow",
    siteDomain: p.siteDomain ?? "",
    email: p.email ?? "",
    phone: p.phone ?? "",
    address: p.address ?? "",
    receptionHours: p.receptionHours ?? "",
    contactPerson: p.contactPerson ?? "",
    additionalInfo: p.additionalInfo ?? "",
    nextRequestNumber: String(p.nextRequestNumber),
    meterReminderDay: p.meterReminderDay === null ? "" : String(p.meterReminderDay),
    residentsSeeExecutors: p.residentsSeeExecutors,
    staffIpAllowlist: p.staffIpAllowlist.join("\n"),
  };
}
