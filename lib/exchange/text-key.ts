/**
 * Keys for matching what people typed against what is stored: case, «ё», punctuation and repeated spaces do not
 * make two names or addresses different.
 */
export function textKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

// Words that only say what kind of address part follows; «ул. Ленина, д. 5» and «Ленина 5» are one building.
const ADDRESS_WORDS = new Set(["г", "город", "ул", "улица", "д", "дом", "пр", "просп", "проспект", "пер", "переулок", "ш", "шоссе", "бульвар", "пл", "площадь", "наб", "набережная", "корп", "корпус", "к", "стр", "строение"]);

export function addressKey(text: string): string {
  return textKey(text)
    .split(" ")
    .filter((word) => word && !ADDRESS_WORDS.has(word))
    .join(" ");
}

export function fullNameKey(lastName: string | null, firstName: string | null, middleName: string | null): string {
  return textKey([lastName, firstName, middleName].filter(Boolean).join(" "));
}
