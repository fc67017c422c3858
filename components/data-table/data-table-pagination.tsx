"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { PAGE_SIZES, type ListTotal } from "@/lib/table/list-params";
import { useUrlParams } from "./use-url-params";

const number = (n: number) => n.toLocaleString("ru-RU");

/** «Всего: 1 234», or for a list too long to count exactly «более 10 000 (≈ 98 000 по оценке)». */
export function totalLabel(total: ListTotal): string {
  if (total.exact) return `Всего: ${number(total.count)}`;
  const estimate = total.estimate ? ` (≈ ${number(total.estimate)} по оценке)` : "";
  return `Всего: более ${number(total.count)}${estimate}`;
}

/**
 * Page numbers run to the last counted page; past an inexact count the last page is unknown, so «вперёд» stays open
 * while the current page is full.
 */
export function DataTablePagination({ total, pageRows }: { total: ListTotal; pageRows: number }) {
  const { searchParams, setParams } = useUrlParams();
  const size = Number(searchParams.get("size")) || 25;
  const requested = Math.max(1, Number(searchParams.get("page")) || 1);
  const counted = Math.max(1, Math.ceil(total.count / size));
  const page = total.exact ? Math.min(requested, counted) : requested;
  const hasNext = total.exact ? page < counted : pageRows >= size;
  const goTo = (p: number) => setParams({ page: p > 1 ? String(p) : null }, { resetPage: false });
  const pagesLabel = total.exact ? `из ${number(counted)}` : total.estimate ? `из ≈ ${number(Math.ceil(total.estimate / size))}` : "";

  return (
    <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted-foreground">
      <span>{totalLabel(total)}</span>
      <div className="flex items-center gap-2">
        <span>Строк на странице</span>
        <Select value={String(size)} onValueChange={(v) => setParams({ size: v === "25" ? null : v })}>
          <SelectTrigger size="sm" className="w-20" aria-label="Строк на странице">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {PAGE_SIZES.map((s) => (
              <SelectItem key={s} value={String(s)}>
                {s}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        <span>
          Стр. {number(page)} {pagesLabel}
        </span>
        <Button variant="outline" size="icon" className="size-8" disabled={page <= 1} onClick={() => goTo(page - 1)} aria-label="Предыдущая страница">
          <ChevronLeft />
        </Button>
        <Button variant="outline" size="icon" className="size-8" disabled={!hasNext} onClick={() => goTo(page + 1)} aria-label="Следующая страница">
          <ChevronRight />
        </Button>
      </div>
    </div>
  );
}
