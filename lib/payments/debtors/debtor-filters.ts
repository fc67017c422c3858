import { z } from "zod";
import { invoiceTypes, linkBases, type InvoiceType, type LinkBasis } from "@/db/schema";
import { parseKopecks } from "@/lib/exchange/decimal";
import { filterParam } from "@/lib/table/list-params";

type SearchParams = Record<string, string | string[] | undefined>;

export type DebtorFilters = {
  groupId?: string;
  quarterId?: string;
  buildingId?: string;
  /** Only accounts whose premise has a client linked on this basis; the client column then shows them. */
  role?: LinkBasis;
  /** «Долг от … до …», kopecks, inclusive. */
  minKopecks?: bigint;
  maxKopecks?: bigint;
  invoiceType?: InvoiceType;
};

const uuid = (value: string | undefined) => (z.uuid().safeParse(value).success ? value : undefined);

/** «Должники» filters as they appear in the URL (shared by the page, its export and the reminder); junk is ignored. */
export function debtorFiltersFrom(searchParams: SearchParams): DebtorFilters {
  const pick = <T extends string>(values: readonly T[], key: string) => values.find((v) => v === filterParam(searchParams, key));
  const bound = (key: string) => {
    const text = filterParam(searchParams, key)?.slice(0, 20);
    return (text ? parseKopecks(text) : null) ?? undefined;
  };
  return {
    groupId: uuid(filterParam(searchParams, "group")),
    quarterId: uuid(filterParam(searchParams, "quarter")),
    buildingId: uuid(filterParam(searchParams, "building")),
    role: pick(linkBases, "role"),
    minKopecks: bound("debtFrom"),
    maxKopecks: bound("debtTo"),
    invoiceType: pick(invoiceTypes, "type"),
  };
}
