"use client";

import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import type { z } from "zod";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { SelectField } from "@/components/forms/select-field";
import { SwitchField } from "@/components/forms/switch-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Form } from "@/components/ui/form";
import type { ActionResult } from "@/lib/core/errors";
import { formatScaledDecimal } from "@/lib/exchange/decimal";
import type { PayeeOption } from "@/lib/payments/gateways/gateway-payee-options";
import { gatewayFormSchema } from "@/lib/payments/gateways/gateway-schema";
import type { GatewayRow } from "@/lib/payments/gateways/list-gateways";
import { paymentProviderLabels } from "@/lib/payments/payment-vocabulary";
import { createGatewayAction, updateGatewayAction } from "./actions";

export type GatewayView = Omit<GatewayRow, "commissionMinKopecks"> & { commissionMinKopecks: string };

const providerOptions = Object.entries(paymentProviderLabels).map(([value, label]) => ({ value, label }));
const payerOptions = [
  { value: "organisation", label: "Организация (из поступившей суммы)" },
  { value: "payer", label: "Плательщик (добавляется к сумме)" },
];
const decimal = (value: bigint | number) => formatScaledDecimal(BigInt(value), 2).replace(".", ",");
const keyLabel = { sandbox: "", yookassa: "shopId магазина", tbank: "TerminalKey терминала" } as const;
const secretLabel = { sandbox: "", yookassa: "Секретный ключ", tbank: "Пароль терминала" } as const;

/** Adding or editing a gateway. The secret is write-only: «задан» when stored, a blank field keeps it. */
export function GatewayDialog({ row, payees, onClose }: { row: GatewayView | null; payees: PayeeOption[]; onClose: () => void }) {
  const router = useRouter();
  const save = (values: z.input<typeof gatewayFormSchema>): Promise<ActionResult<unknown>> => (row ? updateGatewayAction({ id: row.id, values }) : createGatewayAction(values));
  const { form, onSubmit } = useActionForm(gatewayFormSchema, save, {
    defaultValues: {
      legalEntityId: row?.legalEntityId ?? payees[0]?.id ?? "",
      bankAccountId: row?.bankAccountId ?? "",
      provider: row?.provider ?? "yookassa",
      name: row?.name ?? "",
      accountKey: row?.accountKey ?? "",
      secret: "",
      commissionPayer: row?.commissionPayer ?? "organisation",
      commissionPercent: row ? decimal(row.commissionBp) : "0",
      commissionMin: row ? decimal(BigInt(row.commissionMinKopecks)) : "0",
      isActive: row?.isActive ?? true,
    },
    successMessage: row ? "Шлюз сохранён" : "Шлюз добавлен",
    onSuccess: () => {
      onClose();
      router.refresh();
    },
  });
  const c = form.control;
  const provider = useWatch({ control: c, name: "provider" });
  const legalEntityId = useWatch({ control: c, name: "legalEntityId" });
  const accounts = payees.find((p) => p.id === legalEntityId)?.bankAccounts ?? [];
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>{row ? "Платёжный шлюз" : "Новый платёжный шлюз"}</DialogTitle>
          <DialogDescription>Оплата по счетам юридического лица пойдёт через этот шлюз; для отдельного расчётного счёта можно подключить свой.</DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
            <SelectField control={c} name="legalEntityId" label="Юридическое лицо" options={payees.map((p) => ({ value: p.id, label: p.name }))} emptyLabel="Выберите" />
            <SelectField control={c} name="bankAccountId" label="Расчётный счёт" options={accounts.map((a) => ({ value: a.id, label: a.label }))} emptyLabel="Любой счёт юрлица" />
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectField control={c} name="provider" label="Шлюз" options={providerOptions} emptyLabel="Выберите" />
              <TextField control={c} name="name" label="Название" placeholder="Основной магазин" />
            </div>
            {provider === "sandbox" ? (
              <p className="text-sm text-muted-foreground">Тестовый шлюз не списывает деньги: ключ подписи уведомлений создаётся автоматически.</p>
            ) : (
              <div className="grid gap-4 sm:grid-cols-2">
                <TextField control={c} name="accountKey" label={keyLabel[provider]} autoComplete="off" />
                <TextField
                  control={c}
                  name="secret"
                  label={secretLabel[provider]}
                  type="password"
                  autoComplete="new-password"
                  placeholder={row?.secretSet && row.provider === provider ? "задан" : ""}
                  description={row?.secretSet && row.provider === provider ? "Задан. Оставьте пустым, чтобы не менять" : "Хранится в зашифрованном виде и больше не показывается"}
                />
              </div>
            )}
            <SelectField control={c} name="commissionPayer" label="Комиссию платит" options={payerOptions} />
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField control={c} name="commissionPercent" label="Комиссия, %" inputMode="decimal" placeholder="1,5" />
              <TextField control={c} name="commissionMin" label="Минимум, ₽" inputMode="decimal" placeholder="30" />
            </div>
            <SwitchField control={c} name="isActive" label="Принимать оплату" description="Выключенный шлюз не предлагается жителям" />
            <DialogFormFooter control={c} submitting={form.formState.isSubmitting} onCancel={onClose} />
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
