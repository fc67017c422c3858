"use client";

import { Copy, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { FormRootError } from "@/components/forms/form-root-error";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { apiKeyScopeInfo, apiKeyScopes, type ApiKeyScope } from "@/lib/access/api-keys/api-key-scopes";
import { createApiKeySchema } from "@/lib/access/api-keys/api-key-schema";
import { createApiKeyAction } from "./actions";

/** Creates a key and shows its secret once, with a copy button; closing the dialog forgets it. */
export function CreateApiKeyDialog() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const { form, onSubmit } = useActionForm(createApiKeySchema, createApiKeyAction, {
    defaultValues: { name: "", scopes: [], ipAllowlist: "" },
    onSuccess: ({ key }) => {
      setSecret(key);
      router.refresh();
    },
  });
  const close = (next: boolean) => {
    setOpen(next);
    if (!next) {
      setSecret(null);
      form.reset();
    }
  };
  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogTrigger asChild>
        <Button>
          <Plus /> Создать ключ
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{secret ? "Ключ создан" : "Новый API-ключ"}</DialogTitle>
          <DialogDescription>
            {secret ? "Скопируйте ключ сейчас: после закрытия окна его нельзя будет посмотреть снова." : "Ключ даёт внешней системе доступ к данным организации по REST API."}
          </DialogDescription>
        </DialogHeader>
        {secret ? (
          <div className="space-y-4">
            <div className="flex gap-2">
              <Input readOnly value={secret} className="font-mono" aria-label="API-ключ" onFocus={(e) => e.currentTarget.select()} />
              <Button
                type="button"
                variant="outline"
                onClick={async () => {
                  await navigator.clipboard.writeText(secret);
                  toast.success("Ключ скопирован");
                }}
              >
                <Copy /> Копировать
              </Button>
            </div>
            <p className="text-sm text-muted-foreground">
              Передавайте его в заголовке <code>Authorization: Bearer …</code>. Описание API: <code>/api/v1/openapi.json</code>.
            </p>
            <DialogFooter>
              <Button onClick={() => close(false)}>Готово</Button>
            </DialogFooter>
          </div>
        ) : (
          <Form {...form}>
            <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
              <TextField control={form.control} name="name" label="Название" placeholder="1С:Бухгалтерия" />
              <FormField
                control={form.control}
                name="scopes"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>Права</FormLabel>
                    {apiKeyScopes.map((scope) => {
                      const checked = (field.value as ApiKeyScope[]).includes(scope);
                      return (
                        <label key={scope} className="flex items-center gap-2 text-sm">
                          <FormControl>
                            <Checkbox
                              checked={checked}
                              onCheckedChange={(on) => field.onChange(on ? [...field.value, scope] : field.value.filter((s: ApiKeyScope) => s !== scope))}
                            />
                          </FormControl>
                          {apiKeyScopeInfo[scope].label} <code className="text-muted-foreground">{scope}</code>
                        </label>
                      );
                    })}
                    <FormMessage />
                  </FormItem>
                )}
              />
              <TextareaField
                control={form.control}
                name="ipAllowlist"
                label="IP-адреса, с которых можно обращаться с этим ключом"
                rows={3}
                className="font-mono"
                placeholder={"203.0.113.5\n203.0.113.0/24"}
                description="По одному адресу или подсети в строке. Пусто — действует список адресов для сотрудников из настроек организации."
              />
              <FormRootError control={form.control} />
              <DialogFooter>
                <Button type="submit" disabled={form.formState.isSubmitting}>
                  Создать
                </Button>
              </DialogFooter>
            </form>
          </Form>
        )}
      </DialogContent>
    </Dialog>
  );
}
