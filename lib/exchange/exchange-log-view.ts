import { filterParam } from "@/lib/table/list-params";
import type { ExportColumn } from "@/lib/table/xlsx-export";
import { exchangeKindLabel, exchangeStatuses, exchangeStatusLabels, exchangeSummaryText } from "./exchange-log-labels";
import type { ExchangeLogFilters, ExchangeLogRow } from "./list-exchange-log";

type SearchParams = Record<string, string | string[] | undefined>;

export function exchangeLogFiltersFrom(searchParams: SearchParams): ExchangeLogFilters {
  const status = filterParam(searchParams, "status");
  return { status: exchangeStatuses.find((s) => s === status) };
}

export const exchangeLogExportColumns: ExportColumn<ExchangeLogRow>[] = [
  { header: "Дата", value: (r) => r.createdAt, width: 18 },
  { header: "Вид", value: (r) => exchangeKindLabel(r.kind), width: 40 },
  { header: "Файл", value: (r) => r.fileName, width: 30 },
  { header: "Сотрудник", value: (r) => r.actorName, width: 25 },
  { header: "Статус", value: (r) => exchangeStatusLabels[r.status], width: 16 },
  { header: "Итог", value: (r) => exchangeSummaryText(r), width: 60 },
];
