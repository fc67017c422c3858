"use client";

import type { Control, FieldValues } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { FormRootError } from "./form-root-error";

/** The end of a form in a dialog: the server's form-level error, then «Отмена» and «Сохранить». */
export function DialogFormFooter<T extends FieldValues, TOut extends FieldValues = T>({
  control,
  submitting,
  onCancel,
}: {
  control: Control<T, unknown, TOut>;
  submitting: boolean;
  onCancel: () => void;
}) {
  return (
    <>
      <FormRootError control={control} />
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onCancel}>
          Отмена
        </Button>
        <Button type="submit" disabled={submitting}>
          Сохранить
        </Button>
      </DialogFooter>
    </>
  );
}
