import { and, ilike, like, type SQL } from "drizzle-orm";
import { clients } from "@/db/schema";
import { containsPattern } from "@/lib/table/list-params";
import { phoneSearchDigits } from "@/lib/validation/phone";

/**
 * Search by name (every word must occur, in any order) or by phone typed in any format: «+7 912…», «8912…», or a
 * fragment like «45-67».
 */
export function clientSearchCondition(text: string): SQL | undefined {
  const query = text.trim().toLowerCase();
  if (!query) return undefined;
  if (/^[\d\s()+\-.]+$/.test(query)) {
    const digits = phoneSearchDigits(query);
    return digits ? like(clients.phone, containsPattern(digits)) : undefined;
  }
  return and(...query.split(/\s+/).map((word) => ilike(clients.searchText, containsPattern(word))));
}
