import { z } from "zod";
import { invoiceTypes, paymentProviders, type InvoiceType, type PaymentProvider, type PaymentStatus } from "@/db/schema";
import { filterParam } from "@/lib/table/list-params";

type SearchParams = Record<string, string | string[] | undefined>;

/** «Онлайн-платежи» come through our gateways; «Сторонние платежи» arrived booked (API, bank statement, registry). */
export type PaymentTab = "online" | "thirdParty";

export type PaymentFilters = {
  status?: PaymentStatus;
  invoiceType?: InvoiceType;
  legalEntityId?: string;
  groupId?: string;
  quarterId?: string;
  buildingId?: string;
  premiseId?: string;
  clientId?: string;
  gatewayId?: string;
  provider?: PaymentProvider;
  /** The payment's day (YYYY-MM-DD, inclusive) in the organisation's time zone. */
  from?: string;
  to?: string;
};

const uuid = (value: string | undefined) => (z.uuid().safeParse(value).success ? value : undefined);
const day = (value: string | undefined) => (z.iso.date().safeParse(value).success ? value : undefined);
const statuses = ["pending", "succeeded", "canceled", "failed", "mismatch", "deleted"] as const satisfies PaymentStatus[];

/** Both tabs' filters as they appear in the URL (shared by the page and its export); junk is ignored. */
export function paymentFiltersFrom(searchParams: SearchParams): PaymentFilters {
  const pick = <T extends string>(values: readonly T[], key: string) => values.find((v) => v === filterParam(searchParams, key));
  return {
    status: pick(statuses, "status"),
    invoiceType: pick(invoiceTypes, "type"),
    legalEntityId: uuid(filterParam(searchParams, "legalEntity")),
    groupId: uuid(filterParam(searchParams, "group")),
    quarterId: uuid(filterParam(searchParams, "quarter")),
    buildingId: uuid(filterParam(searchParams, "building")),
    premiseId: uuid(filterParam(searchParams, "premise")),
    clientId: uuid(filterParam(searchParams, "client")),
    gatewayId: uuid(filterParam(searchParams, "gateway")),
    provider: pick(paymentProviders, "provider"),
    from: day(filterParam(searchParams, "from")),
    to: day(filterParam(searchParams, "to")),
  };
}
