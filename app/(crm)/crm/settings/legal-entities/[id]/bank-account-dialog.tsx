"use client";

import { useRouter } from "next/navigation";
import { FormRootError } from "@/components/forms/form-root-error";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Form, FormControl, FormField, FormItem, FormLabel } from "@/components/ui/form";
import { bankAccountFormSchema, type BankAccountInput } from "@/lib/org/bank-account-schema";
import { createBankAccountAction, updateBankAccountAction } from "../actions";

const empty: BankAccountInput = { bankName: "", bik: "", settlementAccount: "", correspondentAccount: "", isDefault: false };

type Props = {
  legalEntityId: string;
  /** The account being edited; absent when adding one. */
  account?: BankAccountInput & { id: string };
  onClose: () => void;
};

/** Add or edit one bank account; the БИК and both accounts are checked together, as the bank would. */
export function BankAccountDialog({ legalEntityId, account, onClose }: Props) {
  const router = useRouter();
  const id = account?.id;
  const { form, onSubmit } = useActionForm(
    bankAccountFormSchema,
    (input) => (id ? updateBankAccountAction({ ...input, id }) : createBankAccountAction({ ...input, legalEntityId })),
    {
      defaultValues: account ? { ...empty, ...account } : empty,
      successMessage: id ? "Счёт сохранён" : "Счёт добавлен",
      onSuccess: () => {
        onClose();
        router.refresh();
      },
    },
  );
  const c = form.control;
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{id ? "Банковский счёт" : "Новый банковский счёт"}</DialogTitle>
          <DialogDescription>Реквизиты попадут в квитанции и счета, выставленные от имени юридического лица.</DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
            <TextField control={c} name="bankName" label="Наименование банка" placeholder="ПАО СБЕРБАНК" />
            <TextField control={c} name="bik" label="БИК" inputMode="numeric" />
            <TextField control={c} name="settlementAccount" label="Расчётный счёт" inputMode="numeric" />
            <TextField control={c} name="correspondentAccount" label="Корреспондентский счёт" inputMode="numeric" />
            <FormField
              control={c}
              name="isDefault"
              render={({ field }) => (
                <FormItem className="flex items-center gap-2">
                  <FormControl>
                    <Checkbox checked={field.value} onCheckedChange={(v) => field.onChange(v === true)} />
                  </FormControl>
                  <FormLabel className="font-normal">Основной счёт — указывается в квитанциях</FormLabel>
                </FormItem>
              )}
            />
            <FormRootError control={c} />
            <DialogFooter>
              <Button type="button" variant="outline" onClick={onClose}>
                Отмена
              </Button>
              <Button type="submit" disabled={form.formState.isSubmitting}>
                {id ? "Сохранить" : "Добавить"}
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
