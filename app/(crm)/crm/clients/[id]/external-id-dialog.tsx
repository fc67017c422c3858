"use client";

import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { FormRootError } from "@/components/forms/form-root-error";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Form } from "@/components/ui/form";
import { updateClientExternalIdSchema, type ClientExternalIdInput } from "@/lib/registry/clients/client-external-id-schema";
import { addClientExternalIdAction, updateClientExternalIdAction } from "../actions";

type Props = { clientId: string; row?: { id: string; externalId: string; note: string | null }; trigger: ReactNode };

/** Adds an external id to the card, or edits one with its note for colleagues (seed 002 §13). */
export function ExternalIdDialog({ clientId, row, trigger }: Props) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const { form, onSubmit } = useActionForm(
    updateClientExternalIdSchema,
    ({ id, ...input }: ClientExternalIdInput) => (row ? updateClientExternalIdAction({ id, ...input }) : addClientExternalIdAction({ clientId, ...input })),
    {
      // A new row has no id yet; the schema needs one, so the client's id stands in and is ignored on add.
      defaultValues: { id: row?.id ?? clientId, externalId: row?.externalId ?? "", note: row?.note ?? "" },
      successMessage: row ? "Внешний идентификатор сохранён" : "Внешний идентификатор добавлен",
      onSuccess: () => {
        setOpen(false);
        if (!row) form.reset();
        router.refresh();
      },
    },
  );
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{row ? "Внешний идентификатор" : "Новый внешний идентификатор"}</DialogTitle>
        </DialogHeader>
        <Form {...form}>
          <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
            <TextField control={form.control} name="externalId" label="Идентификатор" description="Если изменить, данные клиента будут обновляться по новому идентификатору" />
            <TextField control={form.control} name="note" label="Примечание" placeholder="Например: код в 1С:Бухгалтерии УК" />
            <FormRootError control={form.control} />
            <DialogFooter>
              <Button type="submit" disabled={form.formState.isSubmitting}>
                Сохранить
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
