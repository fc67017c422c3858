"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDateTime } from "@/lib/core/date-time";
import type { ApiKeyRow } from "@/lib/access/api-keys/list-api-keys";
import { revokeApiKeyAction } from "./actions";


/** `timezone` is the viewer's (ctx.timezone): dates print the same on the server and in the browser. */
export function ApiKeysList({ rows, timezone }: { rows: ApiKeyRow[]; timezone: string }) {
  const dateTime = (d: Date | null) => (d ? formatDateTime(d, timezone) : "—");
  const router = useRouter();
  if (rows.length === 0) return <p className="text-sm text-muted-foreground">Ключей пока нет.</p>;
  return (
    <div className="rounded-md border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Название</TableHead>
            <TableHead>Ключ</TableHead>
            <TableHead>Права</TableHead>
            <TableHead>Создан</TableHead>
            <TableHead>Использован</TableHead>
            <TableHead />
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((k) => (
            <TableRow key={k.id} className={k.revokedAt ? "text-muted-foreground" : undefined}>
              <TableCell className="font-medium">{k.name}</TableCell>
              <TableCell className="font-mono">{k.prefix}…</TableCell>
              <TableCell>
                <div className="flex flex-wrap gap-1">
                  {k.scopes.map((s) => (
                    <Badge key={s} variant="outline">
                      {s}
                    </Badge>
                  ))}
                </div>
              </TableCell>
              <TableCell>
                {dateTime(k.createdAt)}
                {k.createdByName && <div className="text-xs text-muted-foreground">{k.createdByName}</div>}
              </TableCell>
              <TableCell>{dateTime(k.lastUsedAt)}</TableCell>
              <TableCell className="text-right">
                {k.revokedAt ? (
                  <Badge variant="secondary">отозван {dateTime(k.revokedAt)}</Badge>
                ) : (
                  <ConfirmButton
                    title={`Отозвать ключ «${k.name}»?`}
                    description="Интеграции, которые им пользуются, сразу перестанут работать. Отменить это нельзя: понадобится новый ключ."
                    confirmLabel="Отозвать"
                    onConfirm={async () => {
                      const result = await revokeApiKeyAction({ id: k.id });
                      if (!result.ok) return void toast.error(result.message);
                      toast.success("Ключ отозван");
                      router.refresh();
                    }}
                  >
                    Отозвать
                  </ConfirmButton>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
