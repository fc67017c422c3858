"use client";

import { Plus } from "lucide-react";
import { useState } from "react";
import { DeleteRowButton } from "@/components/forms/delete-row-button";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { PenaltyRateRow } from "@/lib/billing/penalty-rates/list-penalty-rates";
import { formatRateBp, penaltyRateKindLabels } from "@/lib/billing/penalty-rates/penalty-rate-schema";
import { formatCalendarDate } from "@/lib/core/date-time";
import { deletePenaltyRateAction } from "./actions";
import { PenaltyRateDialog } from "./penalty-rate-dialog";

const day = (d: string | null) => (d ? formatCalendarDate(d) : "—");

/**
 * The dated rows penalties are computed with. The product's rows (key rate history, the ПП 474 cap, moratoria) are
 * read-only; an organisation adds a new key rate decision or moratorium of its own and may delete it again.
 */
export function PenaltyRatesTable({ rows, canManage }: { rows: PenaltyRateRow[]; canManage: boolean }) {
  const [adding, setAdding] = useState(false);
  return (
    <div className="space-y-3">
      {canManage && (
        <Button size="sm" variant="outline" onClick={() => setAdding(true)}>
          <Plus /> Добавить ставку
        </Button>
      )}
      <div className="rounded-md border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Вид</TableHead>
              <TableHead>С</TableHead>
              <TableHead>До</TableHead>
              <TableHead>Ставка</TableHead>
              <TableHead>Для долгов до</TableHead>
              <TableHead>Примечание</TableHead>
              <TableHead>
                <span className="sr-only">Действия</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.id}>
                <TableCell className="whitespace-nowrap">{penaltyRateKindLabels[r.kind]}</TableCell>
                <TableCell className="tabular-nums">{day(r.validFrom)}</TableCell>
                <TableCell className="tabular-nums">{r.validTo ? day(r.validTo) : "бессрочно"}</TableCell>
                <TableCell className="tabular-nums">{r.rateBp === null ? "пени не начисляются" : formatRateBp(r.rateBp)}</TableCell>
                <TableCell className="tabular-nums">{day(r.debtsBefore)}</TableCell>
                <TableCell className="min-w-64 whitespace-normal text-muted-foreground">{r.note}</TableCell>
                <TableCell className="text-right">
                  {r.own ? (
                    canManage && (
                      <DeleteRowButton
                        label="Удалить ставку"
                        description="Новые расчёты пеней перестанут её учитывать. Уже начисленные пени сохранят свой расчёт."
                        done="Ставка удалена"
                        onDelete={() => deletePenaltyRateAction({ id: r.id })}
                      />
                    )
                  ) : (
                    <span className="text-xs whitespace-nowrap text-muted-foreground">справочник</span>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {adding && <PenaltyRateDialog onClose={() => setAdding(false)} />}
    </div>
  );
}
