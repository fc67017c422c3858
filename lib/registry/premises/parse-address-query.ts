/**
 * A search typed as an address, split into street – house – premise (seed 002 §2: «поисковой запрос разбивается на
 * части улица-дом-помещение», each part optional): "Ленина 5 12" → street words ["ленина"], house "5", number "12";
 * "Ленина 5" → street and house; "5 12" → house and number; "12" → number only.
 * Words such as «ул.», «д.», «кв.» are dropped, and a корпус/строение («к2», «корп 2») is skipped rather than taken
 * for the premise number.
 */
export type AddressQuery = { streetWords: string[]; house?: string; number?: string };

const NUMBER = /^\d+[а-яёa-z]?([/-]\d+[а-яёa-z]?)?$/i;
const WORD_MARKER = /^(г|город|ул|улица|пр|пр-т|просп|проспект|пер|переулок|ш|шоссе|б-р|бульвар|наб|набережная|пл|площадь|мкр|мкрн|д|дом|кв|квартира|пом|помещение|оф|офис|м\/м|уч|участок)\.?$/i;
const BLOCK_MARKER = /^(к|корп|корпус|стр|строение)\.?$/i;
const GLUED_NUMBER_MARKER = /^(д|дом|кв|пом|оф|уч)\.?(?=\d)/i;
const GLUED_BLOCK = /^(к|корп|стр)\.?\d/i;
const GLUED_STREET_MARKER = /^(г|ул|пр|пер|ш|наб|пл|мкр)\.(?=\S)/i;

export function parseAddressQuery(text: string): AddressQuery {
  const streetWords: string[] = [];
  const numbers: string[] = [];
  let skipNext = false;
  for (const raw of text.toLowerCase().split(/[\s,]+/)) {
    if (!raw) continue;
    if (skipNext) {
      skipNext = false;
      continue;
    }
    if (BLOCK_MARKER.test(raw)) {
      skipNext = true;
      continue;
    }
    if (WORD_MARKER.test(raw) || GLUED_BLOCK.test(raw)) continue;
    const token = raw.replace(GLUED_NUMBER_MARKER, "").replace(GLUED_STREET_MARKER, "");
    if (NUMBER.test(token)) numbers.push(token);
    else if (numbers.length === 0) streetWords.push(token);
  }
  const [first] = numbers;
  const last = numbers.at(-1);
  if (numbers.length >= 2) return { streetWords, house: first, number: last };
  if (first === undefined) return { streetWords };
  return streetWords.length ? { streetWords, house: first } : { streetWords, number: first };
}
