"use client";

import { useState, useTransition } from "react";
import { uploadFile } from "@/components/forms/upload-file";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { StatementPreview } from "@/lib/payments/statements/preview-statement";

const MAX_BYTES = 10 * 1024 * 1024;

/** The statement file; the server tells 1C from a registry by its first line. */
export function StatementUploadForm({ onChecked }: { onChecked: (preview: Extract<StatementPreview, { status: "ready" }>) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function check(formData: FormData) {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return setError("Выберите файл");
    if (file.size > MAX_BYTES) return setError("Файл выписки больше 10 МБ");
    setError(null);
    startTransition(async () => {
      const result = await uploadFile<StatementPreview>("/crm/payments/import/upload", file);
      if (!result.ok) return setError(result.message);
      if (result.data.status === "rejected") return setError(result.data.message);
      onChecked(result.data);
    });
  }

  return (
    <form action={check} className="max-w-xl space-y-4">
      <div className="space-y-2">
        <Label htmlFor="statement-file">Файл выписки или реестра</Label>
        <Input id="statement-file" name="file" type="file" required accept=".txt,.csv" />
        <p className="text-sm text-muted-foreground">
          Выписка 1С: файл kl_to_1c.txt из клиент-банка, кодировка Windows или UTF-8; учитываются только поступления на расчётные счета организации. Реестр: CSV с разделителем «;» —
          со строкой заголовков (нужны «Лицевой счёт» и «Сумма») или в порядке: дата; время; отделение; терминал; номер операции; лицевой счёт; ФИО; адрес; период; сумма; комиссия.
          Лицевой счёт ищется в колонке реестра или в назначении платежа («ЛС 100001», «л/с …», «лицевой счёт № …», ЕЛС).
        </p>
        <p className="text-sm">
          Примеры для демо:{" "}
          <a className="underline" href="/demo/vypiska-1c-demo.txt" download>
            выписка 1С
          </a>
          ,{" "}
          <a className="underline" href="/demo/reestr-platezhey-demo.csv" download>
            реестр платежей
          </a>
        </p>
      </div>
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Проверяем…" : "Проверить файл"}
      </Button>
    </form>
  );
}
