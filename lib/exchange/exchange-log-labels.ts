import { importKindLabels, type ImportKind } from "./import-kinds";
import type { ImportIssue } from "./import-issue";

export const exchangeStatuses = ["ok", "failed", "rejected"] as const;
export type ExchangeStatus = (typeof exchangeStatuses)[number];

type Run = { status: ExchangeStatus; summary: Record<string, number> | null; errors: ImportIssue[] | null };

export const exchangeStatusLabels: Record<ExchangeStatus, string> = { ok: "Загружен", failed: "Ошибка при записи", rejected: "Отклонён" };

export const exchangeKindLabel = (kind: string) => importKindLabels[kind as ImportKind] ?? kind;

/** «помещения: +12, изм. 3; …» — the counts of a run that are not zero. */
export function exchangeSummaryText(row: Run): string {
  const s = row.summary ?? {};
  if (row.status === "rejected") return `Строк: ${s.rows ?? 0}, ошибок: ${s.issues ?? row.errors?.length ?? 0}`;
  if (row.status === "failed") return row.errors?.[0]?.message ?? "Ошибка";
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
  return text.join("; ") || "Без изменений";
}

