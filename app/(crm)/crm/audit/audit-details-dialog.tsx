"use client";

import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import type { AuditViewRow } from "./audit-view-row";

function Json({ title, value }: { title: string; value: unknown }) {
  return (
    <div className="min-w-0 space-y-1">
      <h3 className="text-sm font-medium">{title}</h3>
      <pre className="max-h-[50vh] overflow-auto rounded-md border bg-muted/40 p-3 text-xs">
        {value == null ? "—" : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}

/** What the record looked like before and after the action, as it was written to the journal. */
export function AuditDetailsDialog({ row }: { row: AuditViewRow }) {
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button size="sm" variant="ghost">
          Подробнее
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-4xl">
        <DialogHeader>
          <DialogTitle>{row.action}</DialogTitle>
          <DialogDescription>
            {row.time} · {row.actor}
            {row.ip && ` · IP ${row.ip}`} · {row.entityType}: {row.recordName ?? row.entityId ?? "—"}
          </DialogDescription>
        </DialogHeader>
        <div className="grid gap-4 md:grid-cols-2">
          <Json title="До" value={row.before} />
          <Json title="После" value={row.after} />
        </div>
      </DialogContent>
    </Dialog>
  );
}
