"use client";

import { useState } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { exchangeSummaryText } from "@/lib/exchange/exchange-log-labels";
import type { ImportKind } from "@/lib/exchange/import-kinds";
import type { PlanSummary } from "@/lib/exchange/plan/plan-summary";
import type { ImportCheck } from "@/lib/exchange/preview-import";
import { ImportInstructions } from "./import-instructions";
import { ImportIssues } from "./import-issues";
import { ImportPreview } from "./import-preview";
import { ImportUploadForm, type BuildingOption } from "./import-upload-form";

export type KindOption = { value: ImportKind; label: string; instructions: readonly string[] };

type Stage = { step: "upload" } | { step: "checked"; check: ImportCheck } | { step: "done"; summary: PlanSummary };

/** Choose what to load, upload, read the report or the preview, confirm, see the result. */
/** `initialKind`: the kind a link asked for (`/crm/import?kind=invoices_xlsx`), if the employee may load it. */
export function ImportWizard({ kinds, buildings, initialKind }: { kinds: KindOption[]; buildings: BuildingOption[]; initialKind?: ImportKind }) {
  const [kind, setKind] = useState(initialKind ?? kinds[0]?.value ?? "registry_xlsx");
  const [stage, setStage] = useState<Stage>({ step: "upload" });
  const current = kinds.find((k) => k.value === kind) ?? kinds[0];
  const restart = () => setStage({ step: "upload" });
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader>
          <CardTitle>Загрузка файла</CardTitle>
          <CardDescription>Файл сначала проверяется целиком, и вы видите, что изменится; данные записываются только после подтверждения.</CardDescription>
        </CardHeader>
        <CardContent className="space-y-4">
          <div className="max-w-md space-y-2">
            <Label htmlFor="import-kind">Что загружаем</Label>
            <Select
              value={kind}
              onValueChange={(value) => {
                setKind(value as ImportKind);
                restart();
              }}
            >
              <SelectTrigger id="import-kind" className="w-full">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {kinds.map((k) => (
                  <SelectItem key={k.value} value={k.value}>
                    {k.label}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
          {current && <ImportInstructions instructions={current.instructions} templateHref={`/crm/import/template?kind=${kind}`} />}
          <ImportUploadForm key={kind} kind={kind} buildings={buildings} onChecked={(check) => setStage({ step: "checked", check })} />
        </CardContent>
      </Card>
      {stage.step === "checked" && stage.check.status === "rejected" && <ImportIssues check={stage.check} />}
      {stage.step === "checked" && stage.check.status === "ready" && (
        <ImportPreview check={stage.check} onDone={(summary) => setStage({ step: "done", summary })} onCancel={restart} />
      )}
      {stage.step === "done" && (
        <Card>
          <CardHeader>
            <CardTitle>Данные загружены</CardTitle>
            <CardDescription>{exchangeSummaryText({ status: "ok", summary: stage.summary, errors: null })}</CardDescription>
          </CardHeader>
        </Card>
      )}
    </div>
  );
}
