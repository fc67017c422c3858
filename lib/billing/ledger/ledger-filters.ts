import { z } from "zod";
import { accountNotFound } from "@/lib/registry/accounts/account-errors";
import { filterParam } from "@/lib/table/list-params";

type SearchParams = Record<string, string | string[] | undefined>;

/** «Расшифровка»'s filters: the account and a range of billing months, `YYYY-MM`, either end open. */
export type LedgerFilters = { accountId: string; periodFrom?: string; periodTo?: string };

const month = (value: string | undefined) => (value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? value : undefined);

/** The filters as the account page's URL and its export carry them; junk is ignored. */
export function ledgerFiltersFrom(accountId: string, searchParams: SearchParams): LedgerFilters {
  return { accountId, periodFrom: month(filterParam(searchParams, "from")), periodTo: month(filterParam(searchParams, "to")) };
}

/** The export's filters: the account travels in the query (`account`), as the page's link puts it there. */
export function ledgerExportFiltersFrom(query: Record<string, string>): LedgerFilters {
  const account = z.uuid().safeParse(query.account);
  if (!account.success) throw accountNotFound();
  return ledgerFiltersFrom(account.data, query);
}
