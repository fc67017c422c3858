import type { ClientType, LinkBasis, PremiseType } from "@/db/schema";
import { textKey } from "./text-key";

/** Names staff write in files; the first of each is the one the template offers. */
const premiseTypeWords: Record<PremiseType, readonly string[]> = {
  flat: ["квартира", "кв"],
  parking: ["машиноместо", "машино место", "м м", "парковочное место"],
  storeroom: ["кладовая", "кладовка"],
  apartment: ["апартаменты", "апартамент"],
  non_residential: ["нежилое помещение", "нежилое"],
  house: ["дом", "жилой дом"],
  townhouse: ["таунхаус"],
  duplex: ["дуплекс"],
  room: ["комната"],
  land_plot: ["участок", "земельный участок"],
};

const basisWords: Record<LinkBasis, readonly string[]> = {
  owner: ["собственник"],
  resident: ["житель", "член семьи", "житель член семьи"],
  representative: ["представитель"],
  tenant: ["арендатор"],
  unconfirmed_owner: ["неподтверждённый собственник"],
};

function lookup<T extends string>(words: Record<T, readonly string[]>): Map<string, T> {
  return new Map(Object.entries<readonly string[]>(words).flatMap(([value, names]) => names.map((n) => [textKey(n), value as T] as const)));
}

const premiseTypeByWord = lookup(premiseTypeWords);
const basisByWord = lookup(basisWords);

export const parsePremiseType = (text: string): PremiseType | undefined => premiseTypeByWord.get(textKey(text));
export const parseBasis = (text: string): LinkBasis | undefined => basisByWord.get(textKey(text));

export const premiseTypeNames = Object.values(premiseTypeWords).map((names) => names[0] ?? "");
export const basisNames = Object.values(basisWords).map((names) => names[0] ?? "");
export const premiseTypeName = (type: PremiseType) => premiseTypeWords[type][0] ?? type;
export const basisName = (basis: LinkBasis) => basisWords[basis][0] ?? basis;

/**
 * A company's name goes in the last name and its first and middle names are left empty or «.» (seed 003 §7):
 * such an owner is a legal entity; anyone with a first name is a person.
 */
export function clientTypeFromName(firstName: string | undefined, middleName: string | undefined): ClientType {
  const blank = (v: string | undefined) => !v || v === ".";
  return blank(firstName) && blank(middleName) ? "legal_entity" : "individual";
}
