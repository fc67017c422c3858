import { and, eq, inArray, like, or, sql, type SQL } from "drizzle-orm";
import { buildings, clients, personalAccounts, premiseClients, premises } from "@/db/schema";
import { clientSearchCondition } from "@/lib/registry/clients/client-search-condition";
import { containsPattern } from "@/lib/table/list-params";
import { phoneSearchDigits } from "@/lib/validation/phone";
import { parseAddressQuery } from "./parse-address-query";

/** The buildings a search's street words and house match, as one SQL condition on buildings; undefined for none. */
function buildingMatch(streetWords: string[], house: string | undefined): SQL | undefined {
  const place = sql`lower(${buildings.city} || ' ' || ${buildings.street})`;
  return and(...streetWords.map((word) => like(place, containsPattern(word))), house ? eq(sql`lower(${buildings.house})`, house) : undefined);
}

const orgBuildings = (orgId: string, match: SQL) => sql`(select ${buildings.id} from ${buildings} where ${buildings.orgId} = ${orgId} and ${match})`;

/**
 * Street and house are matched against the organisation's buildings once (a few hundred rows), not once per premise
 * joined to its building: on 100,000 premises that is the difference between a hash probe and 100,000 LIKEs.
 * Undefined when the text has no address part at all.
 */
function addressCondition(orgId: string, text: string): SQL | undefined {
  const { streetWords, house, number } = parseAddressQuery(text);
  const match = buildingMatch(streetWords, house);
  if (!match && !number) return undefined;
  return and(
    match ? inArray(premises.buildingId, orgBuildings(orgId, match)) : undefined,
    // Compared as stored so the (org_id, number) index serves it; "12а" may have been typed either case.
    number ? inArray(premises.number, [...new Set([number, number.toUpperCase()])]) : undefined,
  );
}

/** LIKE pattern for text at the start: containsPattern's "%x%" without the leading "%". */
const startsWith = (text: string) => containsPattern(text).slice(1);

/** Only a single token with a digit can be an account number or ЕЛС ("Иванов", "Ленина 5 12" are not). */
const identifierOf = (text: string) => {
  const compact = text.trim();
  return /\s/.test(compact) || !/\d/.test(compact) ? undefined : compact;
};

const accountPremiseIds = (orgId: string, match: SQL | undefined) =>
  sql`select ${personalAccounts.premiseId} from ${personalAccounts} where ${personalAccounts.orgId} = ${orgId} and ${match}`;

const lowerNumber = sql`lower(${personalAccounts.number})`;

/**
 * The account number or ЕЛС exactly, by equality on their indexes. The number is looked up through the
 * (org_id, lower(number)) index, which holds archived accounts too (the unique index does not), and then compared as
 * stored.
 */
const exactAccount = (compact: string) =>
  or(and(eq(lowerNumber, sql`lower(${compact})`), eq(personalAccounts.number, compact)), eq(personalAccounts.els, compact.toUpperCase()));

/**
 * Account numbers are matched whole; long fragments (5+ characters) also by their start, a range read of the same
 * (org_id, lower(number)) index. ЕЛС exactly. Nothing else scans accounts.
 */
function accountIds(orgId: string, text: string): SQL | undefined {
  const compact = identifierOf(text);
  if (!compact) return undefined;
  const partial = compact.length >= 5 ? like(lowerNumber, startsWith(compact.toLowerCase())) : undefined;
  return accountPremiseIds(orgId, or(exactAccount(compact), partial));
}

/** A premise whose account number or ЕЛС is exactly the search text: those rank first. Undefined for other text. */
export function exactPremiseMatch(orgId: string, text: string): SQL | undefined {
  const compact = identifierOf(text);
  return compact ? inArray(premises.id, sql`(${accountPremiseIds(orgId, exactAccount(compact))})`) : undefined;
}

/**
 * Premises with a linked client found by the clients list's own search (name words or phone in any format). Short
 * digit strings are left out: "12" is a flat or an account, not every phone containing 12. `unless` is a further
 * condition on the whole subquery.
 */
function clientIds(orgId: string, text: string, unless: SQL | undefined): SQL | undefined {
  if (!/\p{L}/u.test(text) && phoneSearchDigits(text).length < 4) return undefined;
  const match = clientSearchCondition(text);
  if (!match) return undefined;
  return sql`select ${premiseClients.premiseId} from ${premiseClients} inner join ${clients} on ${clients.id} = ${premiseClients.clientId}
    where ${premiseClients.orgId} = ${orgId} and ${premiseClients.removedAt} is null and ${and(unless, match)}`;
}

/**
 * Text whose street words name a building of the organisation is an address, and then clients are not searched at
 * all: «Садовая» reads buildings, not 200,000 client names. The check is one uncorrelated subquery, which PostgreSQL
 * evaluates once, before (and instead of) the clients' subquery.
 */
function notAnAddress(orgId: string, text: string): SQL | undefined {
  const match = buildingMatch(parseAddressQuery(text).streetWords, undefined);
  return match ? sql`not exists ${orgBuildings(orgId, match)}` : undefined;
}

/**
 * The premises search box: an address (street – house – premise), a personal account number or ЕЛС, or a linked
 * client's name or phone. Each reading of the text is tried and any match counts.
 *
 * Text that can be an identifier («1012345», «77001», «+79161234567») is read as one union of premise ids — by premise
 * number, by account and by client — so a handful of index lookups decide the matches. As an OR of three `id in (…)`
 * tests on premises it would probe every premise of the organisation (100,000 rows) against each subquery's hash.
 */
export function premiseSearchCondition(orgId: string, text: string): SQL | undefined {
  const address = addressCondition(orgId, text);
  const byClient = clientIds(orgId, text, notAnAddress(orgId, text));
  if (!identifierOf(text)) {
    return or(address, byClient && inArray(premises.id, sql`(${byClient})`));
  }
  const readings = [address && sql`select ${premises.id} from ${premises} where ${premises.orgId} = ${orgId} and ${address}`, accountIds(orgId, text), byClient];
  return inArray(premises.id, sql`(${sql.join(readings.filter((r) => r !== undefined), sql` union all `)})`);
}
