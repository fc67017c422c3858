import type { PremiseType } from "@/db/schema";
import { formatPremiseAddress } from "@/lib/registry/premise-address";

/** premises.searchText: the full address, lower-cased. Whoever writes a premise (forms, imports, API) sets it. */
export function premiseSearchText(buildingAddress: string, premise: { type: PremiseType; number: string }): string {
  return formatPremiseAddress(buildingAddress, premise).toLowerCase();
}
