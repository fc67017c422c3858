"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormRootError } from "@/components/forms/form-root-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Form } from "@/components/ui/form";
import { premiseSchema, type PremiseInput } from "@/lib/registry/premises/premise-schema";
import { createPremiseAction } from "./actions";
import { PremiseFields } from "./premise-fields";

type Option = { value: string; label: string };

const empty: PremiseInput = { buildingId: "", type: "flat", number: "", entrance: "", floor: "", totalArea: "", livingArea: "", onlinePayment: true, tags: [] };

/** «Добавить»: the main data in a dialog, then the new premise's card opens for the rest (seed 002 §3). */
export function AddPremiseDialog({ buildings }: { buildings: Option[] }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { form, onSubmit } = useActionForm(premiseSchema, createPremiseAction, {
    defaultValues: empty,
    successMessage: "Помещение добавлено",
    onSuccess: ({ id }) => {
      setOpen(false);
      form.reset(empty);
      router.push(`/crm/premises/${id}`);
    },
  });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>Добавить</Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>Новое помещение</DialogTitle>
          <DialogDescription>Остальные данные — клиентов, лицевые счета, документы — можно добавить в карточке помещения.</DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
            <PremiseFields control={form.control} buildings={buildings} />
            <FormRootError control={form.control} />
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => setOpen(false)}>
                Отмена
              </Button>
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
