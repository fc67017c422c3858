"use client";

import { useUrlParams } from "@/components/data-table/use-url-params";
import { Input } from "@/components/ui/input";

/** A calendar day kept in the URL under `param`; the server reads it in the viewer's time zone. */
export function AuditDateFilter({ param, label }: { param: string; label: string }) {
  const { searchParams, setParams } = useUrlParams();
  return (
    <label className="flex items-center gap-1.5 text-sm text-muted-foreground">
      {label}
      <Input
        type="date"
        className="h-8 w-auto"
        aria-label={`Дата ${label}`}
        value={searchParams.get(param) ?? ""}
        onChange={(e) => setParams({ [param]: e.target.value || null })}
      />
    </label>
  );
}
