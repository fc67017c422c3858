import type { PremiseType } from "@/db/schema";
import { premiseTypeInfo } from "./premises/premise-types";

/** «кв. 12», «м/м 3» — the premise part of an address. */
export function premiseNumberLabel(type: PremiseType, number: string): string {
  return `${premiseTypeInfo[type].short} ${number}`;
}

/** «Москва, ул. Ленина, д. 5, кв. 12»: the building's address (buildings.address) followed by the premise. */
export function formatPremiseAddress(buildingAddress: string, premise: { type: PremiseType; number: string }): string {
  return `${buildingAddress}, ${premiseNumberLabel(premise.type, premise.number)}`;
}
