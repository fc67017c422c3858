import { filterParam } from "@/lib/table/list-params";

export const registrationStatuses = ["pending", "approved", "declined"] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

export const registrationStatusLabels: Record<RegistrationStatus, string> = {
  pending: "Ждёт решения",
  approved: "Одобрена",
  declined: "Отклонена",
};

/** «all» shows every status; without a choice staff see what waits for them. */
export type RegistrationRequestFilters = { status: RegistrationStatus | "all" };

type SearchParams = Record<string, string | string[] | undefined>;

export function registrationRequestFiltersFrom(searchParams: SearchParams): RegistrationRequestFilters {
  const status = filterParam(searchParams, "status");
  if (status === "all") return { status };
  return { status: registrationStatuses.find((s) => s === status) ?? "pending" };
}
