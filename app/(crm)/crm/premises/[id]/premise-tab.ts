export const premiseTabs = ["general", "clients", "accounts", "meters", "documents", "activity"] as const;
export type PremiseTab = (typeof premiseTabs)[number];

/** The open tab from `?tab=`; anything unknown opens «Общие сведения». */
export function premiseTabFrom(value: string | string[] | undefined): PremiseTab {
  return premiseTabs.find((t) => t === value) ?? "general";
}
