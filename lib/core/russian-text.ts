/**
 * Rules of Russian typography and grammar the interface follows in every message.
 */

/**
 * «…» around a name; quotes inside it become „…“, as Russian typography nests them: «ООО „УК Тест“», never
 * «ООО «УК Тест»».
 */
export function quoted(name: string): string {
  return `«${name.replace(/«([^«»]*)»/g, "„$1“")}»`;
}

/** The word that agrees with a person's gender: «входил», «входила», or «входил(а)» when it is not known. */
export function byGender(gender: "male" | "female" | null | undefined, forms: { male: string; female: string; unknown: string }): string {
  return gender ? forms[gender] : forms.unknown;
}
