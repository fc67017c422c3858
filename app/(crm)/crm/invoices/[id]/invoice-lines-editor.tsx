"use client";

import { Plus, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useFormState, useWatch, type Control } from "react-hook-form";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { FormRootError } from "@/components/forms/form-root-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableFooter, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { draftMoney, type InvoiceLineDraft, type InvoiceLineMeta } from "@/lib/billing/invoices/invoice-line-draft";
import { invoiceLinesSaveSchema } from "@/lib/billing/invoices/invoice-schema";
import { formatRoubles, parseKopecks } from "@/lib/exchange/decimal";
import { cn } from "@/lib/utils";
import { saveInvoiceLinesAction } from "../actions";
import { LineExplanation } from "./line-explanation";

/** A service «+» may add, with its price in force (null: none for the month) and default quantities, as text. */
export type TariffChoice = { id: string; name: string; unit: string; commonEnabled: boolean; prices: string[] | null; validFrom: string | null; quantities: string[] };

type Values = { invoiceId: string; lines: InvoiceLineDraft[] };
type Line = Values["lines"][number];
type MoneyField = "openingDebt" | "recalculation" | "benefit" | "penalty" | "paid";

const moneyColumns: { field: MoneyField; label: string }[] = [
  { field: "openingDebt", label: "Входящий долг" },
  { field: "recalculation", label: "Перерасчёт" },
  { field: "benefit", label: "Льгота" },
  { field: "penalty", label: "Пени" },
  { field: "paid", label: "Оплачено" },
];

const sumOf = (values: (bigint | null)[]) => (values.includes(null) ? null : (values as bigint[]).reduce((a, b) => a + b, 0n));
const roubles = (kopecks: bigint | null) => (kopecks === null ? "—" : formatRoubles(kopecks));

function newLine(tariff: TariffChoice, kind: "service" | "common"): Line {
  const prices = tariff.prices ?? ["0"];
  return {
    id: null,
    tariffId: tariff.id,
    kind,
    prices,
    quantities: kind === "common" ? prices.map(() => "0") : tariff.quantities,
    openingDebt: "0",
    recalculation: "0",
    recalculationReason: "",
    benefit: "0",
    penalty: "0",
    paid: "0",
  };
}

/** «+»: the building's services this invoice type may carry, each with the price in force for the month. */
function AddServiceDialog({ tariffs, onAdd }: { tariffs: TariffChoice[]; onAdd: (line: Line) => void }) {
  const [open, setOpen] = useState(false);
  const add = (tariff: TariffChoice, kind: "service" | "common") => {
    onAdd(newLine(tariff, kind));
    setOpen(false);
  };
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button type="button" variant="outline" size="sm">
          <Plus /> Добавить услугу
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>Добавить услугу</DialogTitle>
          <DialogDescription>Тарифы дома для этого типа счёта, с ценой, действующей в периоде счёта.</DialogDescription>
        </DialogHeader>
        {tariffs.length === 0 ? (
          <p className="text-sm text-muted-foreground">У дома нет тарифов для этого типа счёта. Добавьте их в настройках объекта.</p>
        ) : (
          <ul className="divide-y rounded-md border">
            {tariffs.map((t) => (
              <li key={t.id} className="flex items-center justify-between gap-3 px-3 py-2 text-sm">
                <div>
                  <div>{t.name}</div>
                  <div className="text-muted-foreground">{t.prices ? `${t.prices.join(" / ")} ₽ за ${t.unit}, с ${t.validFrom}` : "нет цены на этот период"}</div>
                </div>
                <div className="flex shrink-0 gap-1">
                  <Button type="button" size="sm" disabled={!t.prices} onClick={() => add(t, "service")}>
                    Добавить
                  </Button>
                  {t.commonEnabled && (
                    <Button type="button" size="sm" variant="outline" disabled={!t.prices} onClick={() => add(t, "common")}>
                      ОДН
                    </Button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </DialogContent>
    </Dialog>
  );
}

/** A cell's input with its own error under it; the name is the schema's path, so the server's errors land here too. */
function Cell({ control, name, label, className, placeholder }: { control: Control<Values>; name: `lines.${number}.${string}`; label: string; className?: string; placeholder?: string }) {
  const { errors } = useFormState({ control, name: name as never });
  const path = name.split(".");
  const error = path.reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), errors) as { message?: string } | undefined;
  return (
    <div className="space-y-1">
      <Input {...control.register(name as never)} aria-label={label} aria-invalid={Boolean(error?.message)} inputMode="decimal" placeholder={placeholder} className={cn("h-8 w-20 px-2 text-right tabular-nums", className)} />
      {error?.message && <p className="w-24 text-left text-xs whitespace-normal text-destructive">{error.message}</p>}
    </div>
  );
}

/**
 * The services table of an invoice (seed 000 §12). A draft is edited in place: price and quantity per zone, opening
 * debt, recalculation with its reason, benefit, penalties, paid. «Начислено» and «Итого» follow every keystroke, computed
 * by the same integer arithmetic the server applies on «Сохранить» (lib/billing/invoices/invoice-line-money.ts).
 * Issued and cancelled invoices show the same table read-only.
 */
export function InvoiceLinesEditor({
  invoiceId,
  drafts,
  meta,
  tariffs,
  editable,
  openingBalanceKopecks,
}: {
  invoiceId: string;
  drafts: InvoiceLineDraft[];
  meta: Record<string, InvoiceLineMeta>;
  tariffs: TariffChoice[];
  editable: boolean;
  openingBalanceKopecks: string;
}) {
  const router = useRouter();
  const { form, onSubmit } = useActionForm(invoiceLinesSaveSchema, saveInvoiceLinesAction, {
    defaultValues: { invoiceId, lines: drafts },
    successMessage: "Услуги счёта сохранены",
    onSuccess: () => {
      // What was typed is now saved: no longer «несохранённые изменения» (new rows remount with their ids anyway).
      form.reset(form.getValues());
      router.refresh();
    },
  });
  const control = form.control as unknown as Control<Values>;
  const { fields, append, remove } = useFieldArray({ control, name: "lines", keyName: "fieldKey" });
  const lines = useWatch({ control, name: "lines" }) ?? [];
  const tariffById = new Map(tariffs.map((t) => [t.id, t]));
  const metaOf = (line: Line): Pick<InvoiceLineMeta, "serviceName" | "unit" | "basis" | "penaltyDetail"> => {
    const stored = line.id ? meta[line.id] : undefined;
    if (stored) return stored;
    const tariff = line.tariffId ? tariffById.get(line.tariffId) : undefined;
    const name = tariff?.name ?? "Услуга";
    return { serviceName: line.kind === "common" ? `${name} (ОДН)` : name, unit: tariff?.unit ?? "", basis: null, penaltyDetail: null };
  };
  const money = lines.map((l) => draftMoney(l));
  const total = (pick: (m: NonNullable<(typeof money)[number]>) => bigint) => sumOf(money.map((m) => (m ? pick(m) : null)));
  const opening = BigInt(openingBalanceKopecks);
  const lineTotals = total((m) => m.totalKopecks);
  const due = lineTotals === null ? null : opening + lineTotals;
  const dirty = form.formState.isDirty;

  if (!editable && fields.length === 0) return <p className="text-sm text-muted-foreground">В счёте нет услуг.</p>;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <div className="overflow-x-auto rounded-md border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead className="whitespace-normal">Услуга</TableHead>
              <TableHead className="text-right">Цена, ₽</TableHead>
              <TableHead className="text-right">Количество</TableHead>
              <TableHead className="text-right">Начислено</TableHead>
              {moneyColumns.map((c) => (
                <TableHead key={c.field} className="text-right whitespace-normal">
                  {c.label}
                </TableHead>
              ))}
              <TableHead className="text-right">Итого</TableHead>
              {editable && <TableHead className="w-10" />}
            </TableRow>
          </TableHeader>
          <TableBody>
            {fields.length === 0 && (
              <TableRow>
                <TableCell colSpan={11} className="py-6 text-center text-muted-foreground">
                  Услуг пока нет — добавьте их кнопкой «Добавить услугу».
                </TableCell>
              </TableRow>
            )}
            {fields.map((field, i) => {
              const line = lines[i] ?? field;
              const info = metaOf(line);
              const m = money[i] ?? null;
              return (
                <TableRow key={field.fieldKey} className="align-top">
                  <TableCell className="min-w-40 whitespace-normal">
                    <div className="flex items-start gap-1">
                      <span>
                        {info.serviceName}
                        <span className="block text-xs text-muted-foreground">{info.unit}</span>
                      </span>
                      <LineExplanation serviceName={info.serviceName} basis={info.basis} penaltyDetail={info.penaltyDetail} />
                    </div>
                  </TableCell>
                  <TableCell className="text-right">
                    <div className="flex flex-col items-end gap-1">
                      {line.prices.map((price, z) =>
                        editable ? <Cell key={z} control={control} name={`lines.${i}.prices.${z}`} label={`Цена, зона ${z + 1}: ${info.serviceName}`} /> : <span key={z}>{price}</span>,
                      )}
                    </div>
                  </TableCell>
                  <TableCell className="text-right">
                    <div className="flex flex-col items-end gap-1">
                      {line.quantities.map((quantity, z) =>
                        editable ? <Cell key={z} control={control} name={`lines.${i}.quantities.${z}`} label={`Количество, зона ${z + 1}: ${info.serviceName}`} /> : <span key={z}>{quantity}</span>,
                      )}
                    </div>
                  </TableCell>
                  <TableCell className="text-right whitespace-nowrap tabular-nums" data-testid="line-accrued">
                    {roubles(m?.accruedKopecks ?? null)}
                  </TableCell>
                  {moneyColumns.map((c) => (
                    <TableCell key={c.field} className="text-right">
                      {editable ? (
                        <div className="flex flex-col items-end gap-1">
                          <Cell control={control} name={`lines.${i}.${c.field}`} label={`${c.label}: ${info.serviceName}`} />
                          {c.field === "recalculation" && parseKopecks(line.recalculation) !== 0n && (
                            <Cell control={control} name={`lines.${i}.recalculationReason`} label={`Причина перерасчёта: ${info.serviceName}`} placeholder="Причина" className="w-28 text-left" />
                          )}
                        </div>
                      ) : (
                        <span className="whitespace-nowrap tabular-nums">
                          {roubles(parseKopecks(line[c.field]))}
                          {c.field === "recalculation" && line.recalculationReason && <span className="block text-xs text-muted-foreground">{line.recalculationReason}</span>}
                        </span>
                      )}
                    </TableCell>
                  ))}
                  <TableCell className="text-right font-medium whitespace-nowrap tabular-nums" data-testid="line-total">
                    {roubles(m?.totalKopecks ?? null)}
                  </TableCell>
                  {editable && (
                    <TableCell>
                      <ConfirmButton
                        variant="ghost"
                        size="icon"
                        label={`Удалить услугу «${info.serviceName}»`}
                        title="Удалить услугу из счёта?"
                        description={`«${info.serviceName}» будет удалена из черновика после «Сохранить».`}
                        confirmLabel="Удалить"
                        onConfirm={async () => remove(i)}
                      >
                        <X />
                      </ConfirmButton>
                    </TableCell>
                  )}
                </TableRow>
              );
            })}
          </TableBody>
          {fields.length > 0 && (
            <TableFooter>
              <TableRow>
                <TableCell colSpan={3}>Итого по услугам</TableCell>
                <TableCell className="text-right whitespace-nowrap tabular-nums">{roubles(total((m) => m.accruedKopecks))}</TableCell>
                {moneyColumns.map((c) => (
                  <TableCell key={c.field} className="text-right whitespace-nowrap tabular-nums">
                    {roubles(total((m) => m[`${c.field}Kopecks` as const]))}
                  </TableCell>
                ))}
                <TableCell className="text-right whitespace-nowrap tabular-nums" data-testid="invoice-lines-total">
                  {roubles(lineTotals)}
                </TableCell>
                {editable && <TableCell />}
              </TableRow>
            </TableFooter>
          )}
        </Table>
      </div>
      {opening !== 0n && (
        <p className="text-sm">
          Сальдо на начало периода: {formatRoubles(opening)} · К оплате: <span className="font-medium">{roubles(due)}</span>
        </p>
      )}
      {editable && (
        <>
          <FormRootError control={control} />
          <div className="flex flex-wrap items-center gap-2">
            <AddServiceDialog tariffs={tariffs} onAdd={(line) => append(line)} />
            <Button type="submit" disabled={form.formState.isSubmitting}>
              Сохранить услуги
            </Button>
            {dirty && <span className="text-sm text-muted-foreground">Есть несохранённые изменения</span>}
          </div>
        </>
      )}
    </form>
  );
}
