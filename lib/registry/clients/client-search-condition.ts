import { and, eq, like, type SQL } from "drizzle-orm";
import { clients } from "@/db/schema";
import { containsPattern } from "@/lib/table/list-params";
import { normalizePhone, phoneSearchDigits } from "@/lib/validation/phone";

/**
 * Search by name (every word must occur, in any order) or by phone typed in any format: «+7 912…», «8912…», or a
 * fragment like «45-67». Both read search_text (lower-cased name and phone digits) with LIKE, which its trigram index
 * serves; the text is lower-cased here, so no ILIKE is needed.
 */
export function clientSearchCondition(text: string): SQL | undefined {
  const query = text.trim().toLowerCase();
  if (!query) return undefined;
  if (/^[\d\s()+\-.]+$/.test(query)) {
    const digits = phoneSearchDigits(query);
    return digits ? like(clients.searchText, containsPattern(digits)) : undefined;
  }
  return and(...query.split(/\s+/).map((word) => like(clients.searchText, containsPattern(word))));
}

/** The whole phone number typed: that client ranks first. Undefined for anything else. */
export function exactClientMatch(text: string): SQL | undefined {
  const phone = normalizePhone(text);
  return phone ? eq(clients.phone, phone) : undefined;
}
