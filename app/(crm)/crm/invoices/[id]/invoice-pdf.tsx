"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { toast } from "sonner";
import { uploadFile } from "@/components/forms/upload-file";
import { Button } from "@/components/ui/button";
import type { InvoicePdfType } from "@/db/schema";
import { fileRuleMessages, MAX_RECEIPT_PDF_BYTES } from "@/lib/files/file-rules";

/** The receipt: ours (ЕПД) opens from its own route; an uploaded PDF is downloaded and may be (re)placed here. */
export function InvoicePdf({ id, pdfType, fileName, canUpload }: { id: string; pdfType: InvoicePdfType; fileName: string | null; canUpload: boolean }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (pdfType === "none") return null;
  if (pdfType === "generated") {
    return (
      <Button variant="outline" asChild>
        <a href={`/crm/invoices/${id}/receipt`}>Квитанция (ЕПД)</a>
      </Button>
    );
  }
  const upload = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_RECEIPT_PDF_BYTES) return setError(fileRuleMessages.receiptTooLarge);
    setBusy(true);
    const result = await uploadFile<{ fileName: string }>("/crm/uploads/invoice-pdf", file, { invoiceId: id });
    setBusy(false);
    if (input.current) input.current.value = "";
    if (!result.ok) return setError(result.message);
    setError(undefined);
    toast.success("Квитанция загружена");
    router.refresh();
  };
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        {fileName ? (
          <a className="underline" href={`/crm/invoices/${id}/pdf`}>
            {fileName}
          </a>
        ) : (
          <span className="text-muted-foreground">Файл квитанции не загружен</span>
        )}
        {canUpload && (
          <>
            <input ref={input} type="file" accept="application/pdf,.pdf" className="hidden" aria-label="Файл квитанции PDF" onChange={(e) => upload(e.target.files?.[0])} />
            <Button type="button" variant="outline" size="sm" disabled={busy} onClick={() => input.current?.click()}>
              {fileName ? "Заменить PDF" : "Загрузить PDF"}
            </Button>
          </>
        )}
      </div>
      {error && <p className="text-sm text-destructive">{error}</p>}
    </div>
  );
}
