import { importKindLabels, type ImportKind } from "./import-kinds";
import type { ImportIssue } from "./import-issue";

export const exchangeStatuses = ["ok", "failed", "rejected"] as const;
export type ExchangeStatus = (typeof exchangeStatuses)[number];

type Run = { status: ExchangeStatus; summary: Record<string, number> | null; errors: ImportIssue[] | null };

export const exchangeStatusLabels: Record<ExchangeStatus, string> = { ok: "Загружен", failed: "Ошибка при записи", rejected: "Отклонён" };

/** Runs of the REST API's bulk upserts, logged beside file imports. */
export const apiExchangeKindLabels = {
  "api.buildings": "API: объекты",
  "api.premises": "API: помещения",
  "api.clients": "API: клиенты",
  "api.accounts": "API: лицевые счета",
  "api.meters": "API: приборы учёта",
  "api.meter_readings": "API: показания приборов учёта",
  "api.payments": "API: платежи",
} as const;
export type ApiExchangeKind = keyof typeof apiExchangeKindLabels;

/** Payments loaded from a bank's file in «Платежи → Загрузка выписки», logged beside the other imports. */
export const paymentFileKindLabels = { "payments.statement": "Банковская выписка (1С)", "payments.registry": "Реестр платежей банка" } as const;
export type PaymentFileKind = keyof typeof paymentFileKindLabels;

export const exchangeKindLabel = (kind: string) =>
  importKindLabels[kind as ImportKind] ?? apiExchangeKindLabels[kind as ApiExchangeKind] ?? paymentFileKindLabels[kind as PaymentFileKind] ?? kind;

/** «элементов: 12; создано 3, без изменений 9» — an API run's per-item outcomes that are not zero. */
function apiSummaryText(s: Record<string, number>): string {
  const outcomes: [string, string][] = [
    ["created", "создано"],
    ["updated", "изменено"],
    ["merged", "склеено"],
    ["linked", "привязано"],
    ["unchanged", "без изменений"],
  ];
  const counts = outcomes.filter(([key]) => s[key]).map(([key, label]) => `${label} ${s[key]}`);
  return [`элементов: ${s.items ?? 0}`, counts.join(", ")].filter(Boolean).join("; ");
}

/** «помещения: +12, изм. 3; …» — the counts of a run that are not zero. */
export function exchangeSummaryText(row: Run): string {
  const s = row.summary ?? {};
  if (row.status === "rejected" && s.items !== undefined) return `Элементов: ${s.items}, с ошибками: ${row.errors?.length ?? 0}`;
  if (row.status === "rejected") return `Строк: ${s.rows ?? 0}, ошибок: ${s.issues ?? row.errors?.length ?? 0}`;
  if (row.status === "failed") return row.errors?.[0]?.message ?? "Ошибка";
  if (s.items !== undefined) return apiSummaryText(s);
  const parts: [string, number | undefined, number | undefined][] = [
    ["помещения", s.premisesCreated, s.premisesUpdated],
    ["лицевые счета", s.accountsCreated, s.accountsUpdated],
    ["клиенты", s.clientsCreated, s.clientsUpdated],
    ["привязки", s.linksCreated, s.linksUpdated],
  ];
  const text = parts.filter(([, c, u]) => c || u).map(([label, c, u]) => `${label}: +${c ?? 0}, изм. ${u ?? 0}`);
  if (s.linksRemoved) text.push(`удалено из помещений: ${s.linksRemoved}`);
  if (s.clientsArchived) text.push(`в архив: ${s.clientsArchived}`);
  if (s.balancesSet) text.push(`балансов: ${s.balancesSet}`);
  if (s.metersCreated) text.push(`приборов учёта: +${s.metersCreated}`);
  if (s.invoicesCreated) text.push(`счета: +${s.invoicesCreated}, выставлено ${s.invoicesIssued ?? 0}`);
  if (s.paymentsBooked !== undefined) text.push(`платежи: +${s.paymentsBooked}, уже были ${s.paymentsRepeated ?? 0}, оставлено ${s.linesLeftOut ?? 0}`);
  if (s.readingsCreated || s.readingsUpdated) text.push(`показания: +${s.readingsCreated ?? 0}, исправлено ${s.readingsUpdated ?? 0}`);
  return text.join("; ") || "Без изменений";
}

