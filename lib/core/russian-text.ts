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

/** The noun form agreeing with a count: plural(1, ["день", "дня", "дней"]) → «день», 3 → «дня», 11 → «дней». */
export function plural(n: number, [one, few, many]: readonly [string, string, string]): string {
  const tens = Math.abs(n) % 100;
  const ones = tens % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (ones === 1) return one;
  if (ones >= 2 && ones <= 4) return few;
  return many;
}
