"use client";

import { useState } from "react";
import { FormRootError } from "@/components/forms/form-root-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Textarea } from "@/components/ui/textarea";
import { declineRegistrationSchema } from "@/lib/residents/registration/decision-schema";
import type { RegistrationRequestRow } from "@/lib/residents/registration/list-registration-requests";
import { declineRegistrationAction } from "./actions";

/** Declining needs a reason: the resident receives it by SMS. */
export function DeclineRequestDialog({ request }: { request: RegistrationRequestRow }) {
  const [open, setOpen] = useState(false);
  const { form, onSubmit } = useActionForm(declineRegistrationSchema, declineRegistrationAction, {
    defaultValues: { id: request.id, reason: "" },
    successMessage: "Заявка отклонена",
    onSuccess: () => setOpen(false),
  });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" variant="outline">
          Отклонить
        </Button>
      </DialogTrigger>
      <DialogContent>
        <Form {...form}>
          <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
            <DialogHeader>
              <DialogTitle>Отклонить заявку?</DialogTitle>
              <DialogDescription>
                {request.lastName} ({request.phone}) не получит доступ к помещению. Причину житель получит в SMS.
              </DialogDescription>
            </DialogHeader>
            <FormField
              control={form.control}
              name="reason"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>Причина отказа</FormLabel>
                  <FormControl>
                    <Textarea {...field} placeholder="Например: фамилия не совпадает с данными лицевого счёта" />
                  </FormControl>
                  <FormMessage />
                </FormItem>
              )}
            />
            <FormRootError control={form.control} />
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => setOpen(false)}>
                Отмена
              </Button>
              <Button type="submit" variant="destructive" disabled={form.formState.isSubmitting}>
                Отклонить
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
