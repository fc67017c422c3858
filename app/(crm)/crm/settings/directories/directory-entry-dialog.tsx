"use client";

import { useRouter } from "next/navigation";
import { z } from "zod";
import { FormRootError } from "@/components/forms/form-root-error";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Form } from "@/components/ui/form";
import { directoryNameSchema, type DirectoryKind } from "@/lib/org/building-directories";
import { saveDirectoryEntryAction } from "./actions";

const nameSchema = z.object({ name: directoryNameSchema });

type Props = { kind: DirectoryKind; title: string; entry?: { id: string; name: string }; onClose: () => void };

/** Adds an entry, or renames `entry`; the name must be unique within its list. */
export function DirectoryEntryDialog({ kind, title, entry, onClose }: Props) {
  const router = useRouter();
  const { form, onSubmit } = useActionForm(nameSchema, ({ name }) => saveDirectoryEntryAction({ kind, id: entry?.id, name }), {
    defaultValues: { name: entry?.name ?? "" },
    successMessage: entry ? "Название изменено" : "Добавлено",
    onSuccess: () => {
      onClose();
      router.refresh();
    },
  });
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
        </DialogHeader>
        <Form {...form}>
          <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
            <TextField control={form.control} name="name" label="Название" autoFocus />
            <FormRootError control={form.control} />
            <DialogFooter>
              <Button type="button" variant="outline" onClick={onClose}>
                Отмена
              </Button>
              <Button type="submit" disabled={form.formState.isSubmitting}>
                {entry ? "Сохранить" : "Добавить"}
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
