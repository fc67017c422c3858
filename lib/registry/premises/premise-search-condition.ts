import { and, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { buildings, clients, personalAccounts, premiseClients, premises } from "@/db/schema";
import { clientSearchCondition } from "@/lib/registry/clients/client-search-condition";
import { containsPattern } from "@/lib/table/list-params";
import { phoneSearchDigits } from "@/lib/validation/phone";
import { parseAddressQuery } from "./parse-address-query";

/**
 * Street and house are matched against the organisation's buildings once (a few hundred rows), not once per premise
 * joined to its building: on 100,000 premises that is the difference between a hash probe and 100,000 ILIKEs.
 * Undefined when the text has no address part at all.
 */
function addressCondition(orgId: string, text: string): SQL | undefined {
  const { streetWords, house, number } = parseAddressQuery(text);
  if (!streetWords.length && !house && !number) return undefined;
  const place = sql`${buildings.city} || ' ' || ${buildings.street}`;
  const buildingMatch = and(
    ...streetWords.map((word) => ilike(place, containsPattern(word))),
    house ? eq(sql`lower(${buildings.house})`, house) : undefined,
  );
  return and(
    buildingMatch
      ? inArray(premises.buildingId, sql`(select ${buildings.id} from ${buildings} where ${buildings.orgId} = ${orgId} and ${buildingMatch})`)
      : undefined,
    // Compared as stored so the (org_id, number) index serves it; "12а" may have been typed either case.
    number ? inArray(premises.number, [...new Set([number, number.toUpperCase()])]) : undefined,
  );
}

/** LIKE pattern for text at the start: containsPattern's "%x%" without the leading "%". */
const startsWith = (text: string) => containsPattern(text).slice(1);

/**
 * Account numbers are matched whole; long fragments (5+ characters) also by their start. ЕЛС exactly. Only a single
 * token with a digit can be an account number or ЕЛС ("Иванов", "Ленина 5 12" are not), so nothing else scans them.
 */
function accountCondition(orgId: string, text: string): SQL | undefined {
  const compact = text.trim();
  if (/\s/.test(compact) || !/\d/.test(compact)) return undefined;
  const matches = or(
    eq(personalAccounts.number, compact),
    compact.length >= 5 ? ilike(personalAccounts.number, startsWith(compact)) : undefined,
    eq(personalAccounts.els, compact.toUpperCase()),
  );
  return inArray(
    premises.id,
    sql`(select ${personalAccounts.premiseId} from ${personalAccounts} where ${personalAccounts.orgId} = ${orgId} and ${matches})`,
  );
}

/**
 * Premises with a linked client found by the clients list's own search (name words or phone in any format). Short
 * digit strings are left out: "12" is a flat or an account, not every phone containing 12.
 */
function clientCondition(orgId: string, text: string): SQL | undefined {
  if (!/\p{L}/u.test(text) && phoneSearchDigits(text).length < 4) return undefined;
  const match = clientSearchCondition(text);
  if (!match) return undefined;
  return inArray(
    premises.id,
    sql`(select ${premiseClients.premiseId} from ${premiseClients} inner join ${clients} on ${clients.id} = ${premiseClients.clientId}
        where ${premiseClients.orgId} = ${orgId} and ${premiseClients.removedAt} is null and ${match})`,
  );
}

/**
 * The premises search box: an address (street – house – premise), a personal account number or ЕЛС, or a linked
 * client's name or phone. Each reading of the text is tried and any match counts.
 */
export function premiseSearchCondition(orgId: string, text: string): SQL | undefined {
  return or(addressCondition(orgId, text), accountCondition(orgId, text), clientCondition(orgId, text));
}
