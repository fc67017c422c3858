"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { FormRootError } from "@/components/forms/form-root-error";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { Textarea } from "@/components/ui/textarea";
import { roleSchema, type RoleInput } from "@/lib/access/role-schema";
import { createRoleAction, deleteRoleAction, updateRoleAction } from "./actions";
import { NotificationMatrix } from "./notification-matrix";
import { PermissionMatrix } from "./permission-matrix";

type Props = { values: RoleInput; role?: { id: string; preset: string | null; employeeCount: number } };

/** The role editor: name, description, a «Доступ» tab with the permission matrix and an «Уведомления» tab. */
export function RoleForm({ values, role }: Props) {
  const router = useRouter();
  const id = role?.id;
  const back = () => {
    router.push("/crm/roles");
    router.refresh();
  };
  const { form, onSubmit } = useActionForm(roleSchema, (input) => (id ? updateRoleAction({ ...input, id }) : createRoleAction(input)), {
    defaultValues: values,
    successMessage: id ? "Роль сохранена" : "Роль создана",
    onSuccess: back,
  });
  const c = form.control;
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
        <TextField control={c} name="name" label="Название" placeholder="Старший диспетчер" />
        <FormField
          control={c}
          name="description"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Описание</FormLabel>
              <FormControl>
                <Textarea rows={2} {...field} value={field.value ?? ""} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <Tabs defaultValue="access">
          <TabsList>
            <TabsTrigger value="access">Доступ</TabsTrigger>
            <TabsTrigger value="notifications">Уведомления</TabsTrigger>
          </TabsList>
          <TabsContent value="access" className="pt-2">
            <PermissionMatrix control={c} />
          </TabsContent>
          <TabsContent value="notifications" className="pt-2">
            <NotificationMatrix control={c} />
          </TabsContent>
        </Tabs>
        <FormRootError control={c} />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {id ? "Сохранить" : "Создать роль"}
          </Button>
          <Button type="button" variant="outline" onClick={() => router.back()}>
            Отмена
          </Button>
          {id && role.preset === null && (
            <div className="ml-auto">
              <ConfirmButton
                title="Удалить роль?"
                description={
                  role.employeeCount > 0
                    ? `Роль назначена сотрудникам (${role.employeeCount}); удалить её можно, только назначив им другую роль.`
                    : "Роль будет удалена безвозвратно."
                }
                confirmLabel="Удалить"
                onConfirm={async () => {
                  const result = await deleteRoleAction({ id });
                  if (!result.ok) return void toast.error(result.message);
                  toast.success("Роль удалена");
                  back();
                }}
              >
                Удалить роль
              </ConfirmButton>
            </div>
          )}
        </div>
      </form>
    </Form>
  );
}
