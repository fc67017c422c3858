"use client";

import { useState } from "react";
import { toast } from "sonner";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import type { PlanSummary } from "@/lib/exchange/plan/plan-summary";
import type { ImportCheck } from "@/lib/exchange/preview-import";
import { cn } from "@/lib/utils";
import { commitImportAction } from "./actions";

type Ready = Extract<ImportCheck, { status: "ready" }>;

/** What the import will change, removals first in red, and the confirmation that applies exactly this. */
export function ImportPreview({ check, onDone, onCancel }: { check: Ready; onDone: (summary: PlanSummary) => void; onCancel: () => void }) {
  const [busy, setBusy] = useState(false);
  const { sections } = check.preview;
  const removals = sections.filter((s) => s.danger);

  async function commit() {
    setBusy(true);
    const result = await commitImportAction({ importId: check.importId });
    setBusy(false);
    if (!result.ok) return void toast.error(result.message);
    toast.success("Данные загружены");
    onDone(result.data.summary);
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Ошибок нет. Проверьте, что изменится</CardTitle>
        <CardDescription>
          Строк в файле: {check.rows}. {sections.length ? "Раскройте раздел, чтобы увидеть список." : "Данные в файле совпадают с CRM: ничего не изменится."}
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-2">
        {sections.map((s) => (
          <details key={s.key} open={s.danger} className={cn("rounded-md border px-4 py-2 text-sm", s.danger && "border-destructive/50 bg-destructive/5")}>
            <summary className={cn("cursor-pointer font-medium", s.danger && "text-destructive")}>
              {s.title}: {s.count}
            </summary>
            <ul className="mt-2 max-h-64 space-y-1 overflow-auto text-muted-foreground">
              {s.items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
              {s.count > s.items.length && <li>…и ещё {s.count - s.items.length}</li>}
            </ul>
          </details>
        ))}
      </CardContent>
      <CardFooter className="gap-2">
        {removals.length ? (
          <ConfirmButton
            title="Загрузить и удалить отсутствующих?"
            description={removals.map((s) => `${s.title}: ${s.count}.`).join(" ")}
            confirmLabel="Загрузить"
            onConfirm={commit}
          >
            Загрузить
          </ConfirmButton>
        ) : (
          <Button onClick={commit} disabled={busy}>
            {busy ? "Загружаем…" : "Загрузить"}
          </Button>
        )}
        <Button variant="outline" onClick={onCancel} disabled={busy}>
          Отмена
        </Button>
      </CardFooter>
    </Card>
  );
}
