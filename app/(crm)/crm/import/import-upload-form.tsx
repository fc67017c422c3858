"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { ImportKind } from "@/lib/exchange/import-kinds";
import { importLimitMessages, importLimits } from "@/lib/exchange/import-limits";
import type { ImportCheck } from "@/lib/exchange/preview-import";
import { uploadFile } from "@/components/forms/upload-file";

export type BuildingOption = { value: string; label: string };

const FROM_FILE = "__file__";

/** The upload: a file, and for accounts with balances the building to use where the file names none. */
export function ImportUploadForm({ kind, buildings, onChecked }: { kind: ImportKind; buildings: BuildingOption[]; onChecked: (check: ImportCheck) => void }) {
  const [buildingId, setBuildingId] = useState(FROM_FILE);
  const [period, setPeriod] = useState("");
  const [issue, setIssue] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function check(formData: FormData) {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return setError("Выберите файл");
    if (file.size > importLimits.fileBytes) return setError(importLimitMessages.fileBytes);
    setError(null);
    startTransition(async () => {
      const result = await uploadFile<ImportCheck>("/crm/uploads/import", file, {
        kind,
        buildingId: buildingId === FROM_FILE ? "" : buildingId,
        period: kind === "meter_readings" || kind === "turnover_xlsx" ? period : "",
        issue: kind === "invoices_xlsx" && !issue ? "0" : "1",
      });
      if (result.ok) return onChecked(result.data);
      const message = Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.message;
      setError(message);
    });
  }

  return (
    <form action={check} className="max-w-md space-y-4">
      {kind === "accounts_csv" && (
        <div className="space-y-2">
          <Label htmlFor="import-building">Объект</Label>
          <Select value={buildingId} onValueChange={setBuildingId}>
            <SelectTrigger id="import-building" className="w-full">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={FROM_FILE}>Из файла (колонки «Дом» и «Город»)</SelectItem>
              {buildings.map((b) => (
                <SelectItem key={b.value} value={b.value}>
                  {b.label}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
      )}
      {kind === "invoices_xlsx" && (
        <div className="flex items-center gap-2">
          <Checkbox id="import-issue" checked={issue} onCheckedChange={(v) => setIssue(v === true)} />
          <Label htmlFor="import-issue">Выставить сразу</Label>
        </div>
      )}
      {(kind === "meter_readings" || kind === "turnover_xlsx") && (
        <div className="space-y-2">
          <Label htmlFor="import-period">{kind === "turnover_xlsx" ? "Период ведомости" : "Период показаний"}</Label>
          <Input id="import-period" type="month" value={period} onChange={(e) => setPeriod(e.target.value)} />
          <p className="text-sm text-muted-foreground">Пусто — месяц берётся из колонки «Период» файла</p>
        </div>
      )}
      <div className="space-y-2">
        <Label htmlFor="import-file">Файл</Label>
        <Input id="import-file" name="file" type="file" required accept={kind === "registry_xlsx" || kind === "invoices_xlsx" || kind === "turnover_xlsx" ? ".xlsx" : kind === "meters" || kind === "meter_readings" ? ".xlsx,.csv,.txt" : ".csv,.txt"} />
      </div>
      {error && (
        <p role="alert" className="rounded-md border border-destructive/40 bg-destructive/5 px-3 py-2 text-sm text-destructive">
          {error}
        </p>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Проверяем файл…" : "Начать импорт"}
      </Button>
    </form>
  );
}
