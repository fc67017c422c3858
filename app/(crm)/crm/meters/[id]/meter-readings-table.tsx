"use client";

import { Pencil } from "lucide-react";
import { useState } from "react";
import type { MeterZone, ReadingKind, ReadingSource } from "@/db/schema";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { sourceLabels, zoneLabels } from "@/lib/meters/meter-vocabulary";
import { EditReadingDialog } from "./edit-reading-dialog";

export type ReadingView = {
  id: string;
  period: string;
  zone: MeterZone;
  kind: ReadingKind;
  value: string;
  volume: string | null;
  source: ReadingSource;
  authorName: string;
  takenAt: string;
  flagged: boolean;
  rollover: boolean;
};

const kindLabels: Record<ReadingKind, string | null> = { initial: "начальное", regular: null, final: "последнее" };
const month = (period: string) => `${period.slice(5, 7)}.${period.slice(0, 4)}`;

/** Every reading of the meter, newest first; with «исправление переданных» a reading can be corrected in place. */
export function MeterReadingsTable({ readings, canCorrect }: { readings: ReadingView[]; canCorrect: boolean }) {
  const [editing, setEditing] = useState<ReadingView | null>(null);
  return (
    <div className="rounded-md border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Период</TableHead>
            <TableHead>Зона</TableHead>
            <TableHead className="text-right">Показание</TableHead>
            <TableHead className="text-right">Расход</TableHead>
            <TableHead>Источник</TableHead>
            <TableHead>Кто внёс</TableHead>
            <TableHead>Когда</TableHead>
            {canCorrect && <TableHead className="w-12" />}
          </TableRow>
        </TableHeader>
        <TableBody>
          {readings.length === 0 && (
            <TableRow>
              <TableCell colSpan={8} className="h-20 text-center text-muted-foreground">
                Показаний пока нет
              </TableCell>
            </TableRow>
          )}
          {readings.map((r) => (
            <TableRow key={r.id}>
              <TableCell>{month(r.period)}</TableCell>
              <TableCell>{zoneLabels[r.zone]}</TableCell>
              <TableCell className="text-right tabular-nums">
                {r.value}
                {kindLabels[r.kind] && <span className="ml-2 text-xs text-muted-foreground">{kindLabels[r.kind]}</span>}
                {r.flagged && (
                  <Badge variant="destructive" className="ml-2" title="Расход намного больше обычного; значение подтвердили">
                    проверить
                  </Badge>
                )}
              </TableCell>
              <TableCell className="text-right tabular-nums">
                {r.volume ?? "—"}
                {r.rollover && <span className="ml-1 text-xs text-muted-foreground">(через ноль)</span>}
              </TableCell>
              <TableCell>{sourceLabels[r.source]}</TableCell>
              <TableCell>{r.authorName}</TableCell>
              <TableCell className="whitespace-nowrap">{r.takenAt}</TableCell>
              {canCorrect && (
                <TableCell>
                  <Button variant="ghost" size="icon" aria-label={`Исправить показание за ${month(r.period)}`} onClick={() => setEditing(r)}>
                    <Pencil />
                  </Button>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {editing && <EditReadingDialog reading={editing} onClose={() => setEditing(null)} />}
    </div>
  );
}
