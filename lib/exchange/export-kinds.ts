import type { Writable } from "node:stream";
import type { Db } from "@/db/client";
import { employeeExportColumns } from "@/lib/access/employee-export-columns";
import { employeeFiltersFrom } from "@/lib/access/employee-filters";
import { employeesSource } from "@/lib/access/list-employees";
import type { Permission } from "@/lib/core/permissions";
import { auditExportColumns } from "@/lib/audit/audit-export-columns";
import { auditFiltersFrom } from "@/lib/audit/audit-filters";
import { auditLogSource } from "@/lib/audit/list-audit-log";
import type { StaffContext } from "@/lib/core/context";
import { buildingExportColumns } from "@/lib/org/building-export-columns";
import { buildingFiltersFrom } from "@/lib/org/building-filters";
import { legalEntityExportColumns } from "@/lib/org/legal-entity-export-columns";
import { legalEntityFiltersFrom } from "@/lib/org/legal-entity-filters";
import { buildingsSource } from "@/lib/org/list-buildings";
import { legalEntitiesSource } from "@/lib/org/list-legal-entities";
import { accountExportColumns } from "@/lib/registry/accounts/account-export-columns";
import { accountFiltersFrom } from "@/lib/registry/accounts/account-filters";
import { accountsSource } from "@/lib/registry/accounts/list-accounts";
import { clientExportColumns } from "@/lib/registry/clients/client-export-columns";
import { clientFiltersFrom } from "@/lib/registry/clients/client-filters";
import { clientsSource } from "@/lib/registry/clients/list-clients";
import { premisesSource } from "@/lib/registry/premises/list-premises";
import { premiseExportColumns } from "@/lib/registry/premises/premise-export-columns";
import { premiseFiltersFrom } from "@/lib/registry/premises/premise-filters";
import { registrationRequestsSource } from "@/lib/residents/registration/list-registration-requests";
import { registrationRequestExportColumns } from "@/lib/residents/registration/registration-request-export-columns";
import { registrationRequestFiltersFrom } from "@/lib/residents/registration/registration-request-filters";
import { metersSource } from "@/lib/meters/list-meters";
import { meterExportColumns } from "@/lib/meters/meter-export-columns";
import { meterFiltersFrom } from "@/lib/meters/meter-filters";
import { journalExportColumns } from "@/lib/meters/journal/journal-export-columns";
import { journalFiltersFrom } from "@/lib/meters/journal/journal-filters";
import { meterJournalSource } from "@/lib/meters/journal/list-meter-journal";
import { invoiceExportColumns } from "@/lib/billing/invoices/invoice-export-columns";
import { invoiceFiltersFrom } from "@/lib/billing/invoices/invoice-filters";
import { invoicesSource } from "@/lib/billing/invoices/list-invoices";
import { readingsExportColumns, readingsExportFiltersFrom, readingsExportSource } from "@/lib/meters/journal/readings-export";
import { seesMoney } from "@/lib/billing/ledger/debt-filter";
import { ledgerExportColumns, withDebtColumn } from "@/lib/billing/ledger/ledger-export-columns";
import { ledgerExportFiltersFrom } from "@/lib/billing/ledger/ledger-filters";
import { accountLedgerSource } from "@/lib/billing/ledger/list-account-ledger";
import { debtorExportColumns } from "@/lib/payments/debtors/debtor-export-columns";
import { debtorFiltersFrom } from "@/lib/payments/debtors/debtor-filters";
import { debtorsSource } from "@/lib/payments/debtors/list-debtors";
import { paymentsSource } from "@/lib/payments/list/list-payments";
import { onlinePaymentExportColumns, thirdPartyPaymentExportColumns } from "@/lib/payments/list/payment-export-columns";
import { paymentFiltersFrom } from "@/lib/payments/list/payment-filters";
import { countList, listBatches, type ListSource } from "@/lib/table/list-page";
import { parseListParams, type ListTotal } from "@/lib/table/list-params";
import { writeXlsx, type ExportColumn, type XlsxExport } from "@/lib/table/xlsx-export";
import { receiptsBatchPlan } from "@/lib/billing/receipts/receipts-batch";
import { exchangeLogExportColumns, exchangeLogFiltersFrom } from "./exchange-log-view";
import { exchangeLogSource } from "./list-exchange-log";

type Query = Record<string, string>;

/** One export, its row type hidden: how many rows it has and how to write them all. */
export type ExportPlan = {
  count: (db: Db) => Promise<ListTotal>;
  write: (out: Writable, options: Omit<XlsxExport<never>, "columns">) => Promise<{ written: number; skipped: number }>;
};

function plan<Row, Id extends string | number>(source: ListSource<Row, Id>, columns: readonly ExportColumn<Row>[]): ExportPlan {
  return {
    count: (db) => countList(db, source.ids(false)),
    write: (out, options) => writeXlsx(out, listBatches(source), { ...options, columns }),
  };
}

/** A list whose every row writes several lines (a meter → one line per tariff zone); counted by rows, written by lines. */
function expandedPlan<Row, Line, Id extends string | number>(source: ListSource<Row, Id>, expand: (row: Row) => Line[], columns: readonly ExportColumn<Line>[]): ExportPlan {
  async function* lines() {
    for await (const batch of listBatches(source)) yield { rows: batch.rows.flatMap(expand), skipped: batch.skipped };
  }
  return {
    count: (db) => countList(db, source.ids(false)),
    write: (out, options) => writeXlsx(out, lines(), { ...options, columns }),
  };
}

type ExportKind = {
  permission: Permission | null;
  /** What the job writes: a workbook (the lists) or a PDF (a building's receipts). */
  format?: "xlsx" | "pdf";
  /** Always a background job with progress, however few its rows: a PDF page takes far longer than a row. */
  background?: boolean;
  /** What is counted, as «1 строка / 2 строки / 5 строк». */
  units?: readonly [string, string, string];
  /** The sheet's name and the file's title on «Сведения». */
  title: string;
  /** File name without the date and extension. */
  fileName: string;
  /** The list's ListSource for the URL query the table shows, and its columns; checks the list's own permission. */
  open: (ctx: StaffContext, query: Query) => ExportPlan;
};

/**
 * Every list that exports to Excel, by the name its export route and background jobs use. An export is exactly the
 * list's filtered rows in the list's order, because it is built from the same ListSource as the page.
 */
export const exportKinds = {
  premises: {
    permission: "registry.premises.view",
    title: "Помещения",
    fileName: "помещения",
    open: (ctx, q) => plan(premisesSource(ctx, parseListParams(q), premiseFiltersFrom(q)), withDebtColumn(premiseExportColumns, seesMoney(ctx))),
  },
  clients: {
    permission: "registry.clients.view",
    title: "Клиенты",
    fileName: "клиенты",
    open: (ctx, q) => plan(clientsSource(ctx, parseListParams(q), clientFiltersFrom(q)), withDebtColumn(clientExportColumns, seesMoney(ctx))),
  },
  unidentifiedClients: {
    permission: "registry.clients.view",
    title: "Неидентифицированные клиенты",
    fileName: "неидентифицированные-клиенты",
    open: (ctx, q) => plan(clientsSource(ctx, parseListParams(q), clientFiltersFrom(q, true)), clientExportColumns),
  },
  registrationRequests: {
    permission: "registry.clients.edit",
    title: "Заявки на регистрацию",
    fileName: "заявки-на-регистрацию",
    open: (ctx, q) =>
      plan(registrationRequestsSource(ctx, parseListParams(q), registrationRequestFiltersFrom(q)), registrationRequestExportColumns),
  },
  employees: {
    permission: "access.employees.view",
    title: "Сотрудники",
    fileName: "сотрудники",
    open: (ctx, q) => plan(employeesSource(ctx, parseListParams(q), employeeFiltersFrom(q)), employeeExportColumns),
  },
  buildings: {
    permission: null,
    title: "Объекты",
    fileName: "объекты",
    open: (ctx, q) => plan(buildingsSource(ctx, parseListParams(q), buildingFiltersFrom(q)), buildingExportColumns),
  },
  legalEntities: {
    permission: "settings.view",
    title: "Юридические лица",
    fileName: "юрлица",
    open: (ctx, q) => plan(legalEntitiesSource(ctx, parseListParams(q), legalEntityFiltersFrom(q)), legalEntityExportColumns),
  },
  accounts: {
    permission: "registry.premises.view",
    title: "Лицевые счета",
    fileName: "лицевые-счета",
    open: (ctx, q) => plan(accountsSource(ctx, parseListParams(q), accountFiltersFrom(q)), withDebtColumn(accountExportColumns, seesMoney(ctx))),
  },
  meters: {
    permission: "finance.readings.view",
    title: "Приборы учёта",
    fileName: "приборы-учёта",
    open: (ctx, q) => plan(metersSource(ctx, parseListParams(q), meterFiltersFrom(q)), meterExportColumns),
  },
  auditLog: {
    permission: "audit.view",
    title: "Журнал действий",
    fileName: "журнал-действий",
    open: (ctx, q) => plan(auditLogSource(ctx, parseListParams(q), auditFiltersFrom(q)), auditExportColumns),
  },
  exchangeLog: {
    permission: "registry.premises.edit",
    title: "Журнал импорта",
    fileName: "журнал-импорта",
    open: (ctx, q) => plan(exchangeLogSource(ctx, parseListParams(q), exchangeLogFiltersFrom(q)), exchangeLogExportColumns),
  },
  meterJournal: {
    permission: "finance.readings.view",
    title: "История показаний",
    fileName: "история-показаний",
    open: (ctx, q) => plan(meterJournalSource(ctx, parseListParams(q), journalFiltersFrom(q)), journalExportColumns),
  },
  meterReadings: {
    permission: "finance.readings.view",
    title: "Показания",
    fileName: "показания",
    open: (ctx, q) => expandedPlan(readingsExportSource(ctx, readingsExportFiltersFrom(q, ctx.timezone)), (m) => m.lines, readingsExportColumns),
  },
  invoices: {
    permission: "finance.invoices.view",
    title: "Счета",
    fileName: "счета",
    open: (ctx, q) => plan(invoicesSource(ctx, parseListParams(q), invoiceFiltersFrom(q)), invoiceExportColumns),
  },
  accountLedger: {
    permission: "finance.invoices.view",
    title: "Расшифровка лицевого счёта",
    fileName: "расшифровка-лицевого-счёта",
    open: (ctx, q) => plan(accountLedgerSource(ctx, parseListParams(q), ledgerExportFiltersFrom(q)), ledgerExportColumns(ctx.timezone)),
  },
  onlinePayments: {
    permission: "finance.payments.view",
    title: "Онлайн-платежи",
    fileName: "онлайн-платежи",
    open: (ctx, q) => plan(paymentsSource(ctx, "online", parseListParams(q), paymentFiltersFrom(q)), onlinePaymentExportColumns),
  },
  thirdPartyPayments: {
    permission: "finance.payments.view",
    title: "Сторонние платежи",
    fileName: "сторонние-платежи",
    open: (ctx, q) => plan(paymentsSource(ctx, "thirdParty", parseListParams(q), paymentFiltersFrom(q)), thirdPartyPaymentExportColumns),
  },
  debtors: {
    permission: "finance.debtors.view",
    title: "Должники",
    fileName: "должники",
    open: (ctx, q) => plan(debtorsSource(ctx, parseListParams(q), debtorFiltersFrom(q)), debtorExportColumns),
  },
  receipts: {
    permission: "finance.invoices.view",
    format: "pdf",
    background: true,
    units: ["квитанция", "квитанции", "квитанций"],
    title: "Квитанции дома за месяц",
    fileName: "квитанции",
    open: receiptsBatchPlan,
  },
} satisfies Record<string, ExportKind>;

/** How a kind's file is written and counted; the lists' defaults unless the kind says otherwise. */
export const exportFormatOf = (kind: ExportKind) => ({
  format: kind.format ?? "xlsx",
  background: kind.background ?? false,
  units: kind.units ?? (["строка", "строки", "строк"] as const),
});

export type ExportKindName = keyof typeof exportKinds;

export const isExportKind = (kind: string): kind is ExportKindName => Object.hasOwn(exportKinds, kind);
