"use client";

import { useState } from "react";
import type { ActionFailure } from "@/lib/core/errors";
import { FormRootError } from "@/components/forms/form-root-error";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Form } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { documentFormSchema, type DocumentFormInput } from "@/lib/registry/documents/document-schema";
import type { PremiseDocumentRow } from "@/lib/registry/documents/list-premise-documents";
import { fileRuleMessages, MAX_DOCUMENT_BYTES } from "@/lib/files/file-rules";
import { uploadFile } from "@/components/forms/upload-file";
import { TextareaField } from "@/components/forms/textarea-field";
import { updateDocumentAction } from "./actions";

const noFile: ActionFailure = { ok: false, code: "VALIDATION", message: "Выберите файл" };

const fields = (premiseId: string, input: DocumentFormInput) => ({
  premiseId,
  title: input.title ?? "",
  description: input.description ?? "",
  documentDate: input.documentDate ?? "",
});

/** A new document (title, description, date and the file) or the edit of one; the file of a saved one stays. */
export function DocumentDialog({ premiseId, document, onClose }: { premiseId: string; document?: PremiseDocumentRow; onClose: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string>();
  const { form, onSubmit } = useActionForm(
    documentFormSchema,
    async (input) => {
      if (document) return updateDocumentAction({ ...input, id: document.id });
      if (!file) {
        setFileError(noFile.message);
        return noFile;
      }
      return uploadFile<{ id: string }>("/crm/uploads/premise-document", file, fields(premiseId, input));
    },
    {
      defaultValues: { title: document?.title ?? "", description: document?.description ?? "", documentDate: document?.documentDate ?? "" },
      successMessage: document ? "Документ сохранён" : "Документ добавлен",
      onSuccess: onClose,
    },
  );
  const c = form.control;
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{document ? "Документ" : "Новый документ"}</DialogTitle>
        </DialogHeader>
        <Form {...form}>
          <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
            <TextField control={c} name="title" label="Название" />
            <TextareaField control={c} name="description" label="Описание" />
            <TextField control={c} name="documentDate" label="Дата" type="date" />
            {document ? (
              <p className="text-sm text-muted-foreground">Файл: {document.fileName}</p>
            ) : (
              <div className="space-y-2">
                <Label htmlFor="document-file">Файл</Label>
                <Input
                  id="document-file"
                  type="file"
                  aria-invalid={Boolean(fileError)}
                  onChange={(e) => {
                    const chosen = e.target.files?.[0] ?? null;
                    setFile(chosen);
                    setFileError(chosen && chosen.size > MAX_DOCUMENT_BYTES ? fileRuleMessages.documentTooLarge : undefined);
                  }}
                />
                <p className="text-sm text-muted-foreground">Любой файл до 20 МБ: план, правила, полис, акт…</p>
                {fileError && (
                  <p role="alert" className="text-sm text-destructive">
                    {fileError}
                  </p>
                )}
              </div>
            )}
            <FormRootError control={c} />
            <DialogFooter>
              <Button type="button" variant="outline" onClick={onClose}>
                Отмена
              </Button>
              <Button type="submit" disabled={form.formState.isSubmitting || Boolean(fileError)}>
                Сохранить
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
