"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { PAGE_SIZES } from "@/lib/table/list-params";
import { useUrlParams } from "./use-url-params";

export function DataTablePagination({ total }: { total: number }) {
  const { searchParams, setParams } = useUrlParams();
  const size = Number(searchParams.get("size")) || 25;
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Number(searchParams.get("page")) || 1), pages);
  const goTo = (p: number) => setParams({ page: p > 1 ? String(p) : null }, { resetPage: false });

  return (
    <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted-foreground">
      <span>Всего: {total.toLocaleString("ru-RU")}</span>
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
          Стр. {page} из {pages}
        </span>
        <Button variant="outline" size="icon" className="size-8" disabled={page <= 1} onClick={() => goTo(page - 1)} aria-label="Предыдущая страница">
          <ChevronLeft />
        </Button>
        <Button variant="outline" size="icon" className="size-8" disabled={page >= pages} onClick={() => goTo(page + 1)} aria-label="Следующая страница">
          <ChevronRight />
        </Button>
      </div>
    </div>
  );
}
