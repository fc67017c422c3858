"use client";

import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatRoubles } from "@/lib/exchange/decimal";
import type { StatementResult } from "@/lib/payments/statements/commit-statement";
import type { StatementPreview } from "@/lib/payments/statements/preview-statement";
import type { PreviewLine } from "@/lib/payments/statements/statement-preview-store";
import { AccountPickerDialog } from "./account-picker-dialog";
import { commitStatementAction } from "./actions";
import { StatementUploadForm } from "./statement-upload-form";

type Ready = Extract<StatementPreview, { status: "ready" }>;
/** What staff decided for a line: the account picked, or null — leave it out. Absent: as matched. */
type Choice = { accountId: string | null; label: string | null; address: string | null };

const russianDate = (iso: string) => iso.split("-").reverse().join(".");

function LineRow({ line, choice, onChoose }: { line: PreviewLine; choice: Choice | undefined; onChoose: (choice: Choice | undefined) => void }) {
  const accountId = choice ? choice.accountId : line.accountId;
  const label = choice ? choice.label : line.accountLabel;
  const address = choice ? choice.address : line.address;
  const what = `${russianDate(line.date)}, ${formatRoubles(BigInt(line.amountKopecks))}${line.payerName ? `, ${line.payerName}` : ""}`;
  return (
    <TableRow className={accountId || line.booked ? undefined : "text-muted-foreground"}>
      <TableCell>
        {line.number ?? "—"}
        <div className="text-xs text-muted-foreground">{russianDate(line.date)}</div>
      </TableCell>
      <TableCell className="max-w-sm whitespace-normal">
        <div>{line.payerName ?? "—"}</div>
        <div className="text-xs text-muted-foreground">{line.purpose ?? (line.period ? `Период ${line.period}` : "")}</div>
      </TableCell>
      <TableCell className="text-right tabular-nums">{formatRoubles(BigInt(line.amountKopecks))}</TableCell>
      <TableCell className="whitespace-normal">
        {line.booked ? (
          <Badge variant="secondary">Уже проведён</Badge>
        ) : accountId ? (
          <>
            <div className="font-medium">ЛС {label}</div>
            <div className="text-xs text-muted-foreground">{address}</div>
          </>
        ) : (
          <Badge variant="outline">{choice ? "Не загружать" : "Счёт не найден"}</Badge>
        )}
      </TableCell>
      <TableCell className="space-x-2 text-right">
        {!line.booked && (
          <>
            <AccountPickerDialog title={what} label={accountId ? "Другой счёт" : "Выбрать счёт"} onPick={(a) => onChoose({ accountId: a.id, label: a.number, address: a.address })} />
            {accountId ? (
              <Button size="sm" variant="ghost" onClick={() => onChoose({ accountId: null, label: null, address: null })}>
                Не загружать
              </Button>
            ) : (
              choice && (
                <Button size="sm" variant="ghost" onClick={() => onChoose(undefined)}>
                  Вернуть
                </Button>
              )
            )}
          </>
        )}
      </TableCell>
    </TableRow>
  );
}

function StatementPreviewCard({ preview, onDone, onCancel }: { preview: Ready; onDone: (result: StatementResult) => void; onCancel: () => void }) {
  const [choices, setChoices] = useState<Map<string, Choice>>(new Map());
  const [unmatchedOnly, setUnmatchedOnly] = useState(false);
  const [busy, setBusy] = useState(false);
  const { statement } = preview;
  const chosen = (line: PreviewLine) => (choices.has(line.key) ? choices.get(line.key)!.accountId : line.accountId);
  const toBook = statement.lines.filter((l) => !l.booked && chosen(l));
  const amount = toBook.reduce((s, l) => s + BigInt(l.amountKopecks), 0n);
  const shown = unmatchedOnly ? statement.lines.filter((l) => !l.booked && !chosen(l)) : statement.lines;

  async function commit() {
    setBusy(true);
    const assign = [...choices].map(([key, c]) => ({ key, accountId: c.accountId }));
    const result = await commitStatementAction({ statementId: statement.id, assign });
    setBusy(false);
    if (!result.ok) return void toast.error(result.message);
    onDone(result.data);
  }

  const choose = (key: string, choice: Choice | undefined) =>
    setChoices((current) => {
      const next = new Map(current);
      if (choice) next.set(key, choice);
      else next.delete(key);
      return next;
    });

  return (
    <Card>
      <CardHeader>
        <CardTitle>{statement.format === "1c" ? "Выписка 1С" : "Реестр платежей"}: {statement.fileName}</CardTitle>
        <CardDescription>
          Платежей: {statement.lines.length}
          {statement.skipped ? `, списаний и документов по другим счетам пропущено: ${statement.skipped}` : ""}. Найден лицевой счёт: {preview.totals.matched}, не найден: {preview.totals.unmatched}
          {preview.totals.booked ? `, уже проведены раньше: ${preview.totals.booked}` : ""}. Для платежей без счёта выберите его или оставьте — они не загрузятся.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-3">
        <label className="flex items-center gap-2 text-sm">
          <Checkbox checked={unmatchedOnly} onCheckedChange={(v) => setUnmatchedOnly(v === true)} /> Только без лицевого счёта
        </label>
        <div className="max-h-[32rem] overflow-auto rounded-md border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Номер, дата</TableHead>
                <TableHead>Плательщик, назначение</TableHead>
                <TableHead className="text-right">Сумма</TableHead>
                <TableHead>Лицевой счёт</TableHead>
                <TableHead />
              </TableRow>
            </TableHeader>
            <TableBody>
              {shown.map((line) => (
                <LineRow key={line.key} line={line} choice={choices.get(line.key)} onChoose={(c) => choose(line.key, c)} />
              ))}
            </TableBody>
          </Table>
        </div>
      </CardContent>
      <CardFooter className="gap-2">
        <Button onClick={commit} disabled={busy || !toBook.length}>
          {busy ? "Проводим…" : `Провести ${toBook.length} на ${formatRoubles(amount)}`}
        </Button>
        <Button variant="outline" onClick={onCancel} disabled={busy}>
          Отмена
        </Button>
      </CardFooter>
    </Card>
  );
}

/** Upload → preview with matched and unmatched lines → booked; then the result and a way to load the next file. */
export function StatementImport() {
  const [preview, setPreview] = useState<Ready | null>(null);
  const [result, setResult] = useState<StatementResult | null>(null);
  if (result) {
    return (
      <Card>
        <CardHeader>
          <CardTitle>Платежи проведены</CardTitle>
          <CardDescription>
            Проведено: {result.booked}. Уже были проведены раньше: {result.repeated}. Не загружено: {result.leftOut}.
          </CardDescription>
        </CardHeader>
        <CardFooter className="gap-2">
          <Button asChild>
            <Link href="/crm/payments">К платежам</Link>
          </Button>
          <Button variant="outline" onClick={() => setResult(null)}>
            Загрузить ещё
          </Button>
        </CardFooter>
      </Card>
    );
  }
  if (preview) return <StatementPreviewCard preview={preview} onCancel={() => setPreview(null)} onDone={(r) => (setPreview(null), setResult(r))} />;
  return <StatementUploadForm onChecked={setPreview} />;
}
