import { z } from "zod";
import { invoiceTypes, type InvoicePdfType, type InvoiceStatus, type InvoiceType } from "@/db/schema";
import { filterParam } from "@/lib/table/list-params";

type SearchParams = Record<string, string | string[] | undefined>;

/** «Есть квитанция»: ours is always there, an uploaded one only once its file is; «Квитанция отсутствует» never. */
export type InvoicePdfPresence = "present" | "missing";

export type InvoiceFilters = {
  groupId?: string;
  quarterId?: string;
  buildingId?: string;
  premiseId?: string;
  accountId?: string;
  type?: InvoiceType;
  status?: InvoiceStatus;
  pdfType?: InvoicePdfType;
  pdf?: InvoicePdfPresence;
  /** 1–12, alone (that month of every year) or with `year`. */
  month?: number;
  year?: number;
};

/** The years the filters accept; «March of every year» is the list of these Marches. */
export const FIRST_INVOICE_YEAR = 2000;
export const LAST_INVOICE_YEAR = 2100;

const uuid = (value: string | undefined) => (z.uuid().safeParse(value).success ? value : undefined);
const statuses = ["draft", "issued", "cancelled"] as const satisfies InvoiceStatus[];
const pdfTypes = ["generated", "uploaded", "none"] as const satisfies InvoicePdfType[];
const presences = ["present", "missing"] as const satisfies InvoicePdfPresence[];
const month = z.coerce.number().int().min(1).max(12);
const year = z.coerce.number().int().min(FIRST_INVOICE_YEAR).max(LAST_INVOICE_YEAR);

/** The invoices table's filters as they appear in its URL (shared by the page and its export); junk is ignored. */
export function invoiceFiltersFrom(searchParams: SearchParams): InvoiceFilters {
  const pick = <T extends string>(values: readonly T[], key: string) => values.find((v) => v === filterParam(searchParams, key));
  return {
    groupId: uuid(filterParam(searchParams, "group")),
    quarterId: uuid(filterParam(searchParams, "quarter")),
    buildingId: uuid(filterParam(searchParams, "building")),
    premiseId: uuid(filterParam(searchParams, "premise")),
    accountId: uuid(filterParam(searchParams, "account")),
    type: pick(invoiceTypes, "type"),
    status: pick(statuses, "status"),
    pdfType: pick(pdfTypes, "pdfType"),
    pdf: pick(presences, "pdf"),
    month: month.safeParse(filterParam(searchParams, "month")).data,
    year: year.safeParse(filterParam(searchParams, "year")).data,
  };
}
