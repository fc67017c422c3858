"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { formatRoubles, formatScaledDecimal, parseKopecks } from "@/lib/exchange/decimal";
import { commissionFor } from "@/lib/payments/commission";
import type { CommissionRule } from "@/lib/residents/payments/pay-screen";
import { INSURANCE_AFTER_REPAYMENT_WARNING, type BuildingPaymentSettings } from "@/lib/residents/payments/payment-rules";
import { startPaymentAction } from "./actions";

type Props = {
  premiseId: string | null;
  accountId: string | null;
  invoices: { id: string; title: string; detail: string; dueKopecks: string }[];
  /** What the invoices ask together: the newest of a type carries the older ones' debt, so it is not their sum. */
  dueKopecks: string;
  settings: BuildingPaymentSettings;
  insuranceKopecks: string | null;
  defaultEmail: string;
  commission: (Omit<CommissionRule, "commissionMinKopecks"> & { commissionMinKopecks: string }) | null;
  prefillKopecks: string | null;
  /** The resident's cards saved with this payment's gateway: charged at once, no gateway page. */
  savedCards: { id: string; title: string }[];
};

const roublesText = (kopecks: string) => formatScaledDecimal(BigInt(kopecks), 2).replace(".", ",");

/**
 * The «Оплата» screen: what is paid, an amount of one's own where the building allows, «Добавить страхование» with
 * its documents, the receipt email, the commission and the total — then the gateway's page.
 */
export function PayForm({ premiseId, accountId, invoices, dueKopecks, settings, insuranceKopecks, defaultEmail, commission, prefillKopecks, savedCards }: Props) {
  const due = BigInt(dueKopecks);
  const ownAmount = settings.arbitraryAmount && (invoices.length <= 1 || new Set(invoices.map((i) => i.detail)).size === 1);
  const [amount, setAmount] = useState(prefillKopecks ? roublesText(prefillKopecks) : invoices.length ? roublesText(due.toString()) : "");
  const [insurance, setInsurance] = useState(false);
  const [email, setEmail] = useState(defaultEmail);
  const [saveCard, setSaveCard] = useState(false);
  /** "" = a new card on the gateway's page. */
  const [savedMethodId, setSavedMethodId] = useState("");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const typed = ownAmount ? parseKopecks(amount.replace(/\s/g, "")) : due;
  const repaid = typed !== null && typed >= due;
  const insuranceAllowed = insuranceKopecks !== null && (invoices.length > 0 || settings.insuranceWithAdvance) && (!settings.insuranceAfterFullRepayment || repaid);
  const paying = (typed ?? 0n) + (insurance && insuranceAllowed ? BigInt(insuranceKopecks!) : 0n);
  const fee = commission && { ...commissionFor({ ...commission, commissionMinKopecks: BigInt(commission.commissionMinKopecks) }, paying), payerBears: commission.commissionPayer === "payer" };

  async function pay() {
    setFailure(null);
    setErrors({});
    if (typed === null || paying <= 0n) {
      setErrors({ amount: ["Введите сумму в рублях, например 1500,50"] });
      return;
    }
    setSending(true);
    try {
      const result = await startPaymentAction({
        invoiceIds: invoices.map((i) => i.id),
        premiseId: premiseId ?? undefined,
        accountId: accountId ?? undefined,
        amount: ownAmount && typed !== due ? amount : undefined,
        insurance: insurance && insuranceAllowed,
        receiptEmail: email,
        saveCard: saveCard && !savedMethodId,
        savedMethodId: savedMethodId || undefined,
      });
      if (!result.ok) {
        setFailure(result.message);
        setErrors(result.fieldErrors ?? {});
        return;
      }
      window.location.assign(result.data.redirectUrl);
    } finally {
      setSending(false);
    }
  }

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        void pay();
      }}
    >
      {invoices.length > 0 && (
        <Card className="gap-2 py-3">
          <CardContent className="space-y-2 px-4 text-sm">
            {invoices.map((i) => (
              <div key={i.id} className="flex items-start justify-between gap-3" data-testid="pay-invoice">
                <div className="min-w-0">
                  <div className="font-medium">{i.title}</div>
                  <div className="text-muted-foreground break-words">{i.detail}</div>
                </div>
                <div className="shrink-0 font-semibold tabular-nums">{formatRoubles(BigInt(i.dueKopecks))}</div>
              </div>
            ))}
          </CardContent>
        </Card>
      )}
      {(ownAmount || invoices.length === 0) && (
        <div className="space-y-1">
          <Label htmlFor="amount">{invoices.length ? "Сумма оплаты, ₽" : "Сумма аванса, ₽"}</Label>
          <Input id="amount" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} aria-invalid={Boolean(errors.amount)} />
          {errors.amount && <p className="text-sm text-destructive">{errors.amount[0]}</p>}
        </div>
      )}
      {insuranceKopecks !== null && (
        <div className="space-y-2 rounded-md border p-3 text-sm">
          <div className="flex items-center gap-2">
            <Checkbox id="insurance" checked={insurance && insuranceAllowed} disabled={!insuranceAllowed} onCheckedChange={(v) => setInsurance(v === true)} />
            <Label htmlFor="insurance">Добавить страхование · {formatRoubles(BigInt(insuranceKopecks))}</Label>
          </div>
          {settings.insuranceAfterFullRepayment && !repaid && <p className="text-amber-700 dark:text-amber-400">{INSURANCE_AFTER_REPAYMENT_WARNING}</p>}
          {errors.insurance && <p className="text-destructive">{errors.insurance[0]}</p>}
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            <a className="text-primary underline" href="/docs/insurance-kid.pdf" target="_blank" rel="noreferrer">
              КИД
            </a>
            <a className="text-primary underline" href="/docs/insurance-offer.pdf" target="_blank" rel="noreferrer">
              Договор-оферта
            </a>
          </div>
        </div>
      )}
      <div className="space-y-1">
        <Label htmlFor="receipt-email">Email для чека</Label>
        <Input id="receipt-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} aria-invalid={Boolean(errors.receiptEmail)} />
        {errors.receiptEmail && <p className="text-sm text-destructive">{errors.receiptEmail[0]}</p>}
      </div>
      {savedCards.length > 0 && (
        <fieldset className="space-y-2 text-sm" data-testid="pay-card">
          <legend className="font-medium">Чем оплатить</legend>
          {[{ id: "", title: "Новой картой" }, ...savedCards].map((card) => (
            <label key={card.id || "new"} className="flex min-h-11 items-center gap-2 rounded-md border px-3">
              <input type="radio" name="saved-card" value={card.id} checked={savedMethodId === card.id} onChange={() => setSavedMethodId(card.id)} className="accent-primary" />
              {card.title}
            </label>
          ))}
        </fieldset>
      )}
      {!savedMethodId && (
        <div className="flex items-center gap-2 text-sm">
          <Checkbox id="save-card" checked={saveCard} onCheckedChange={(v) => setSaveCard(v === true)} />
          <Label htmlFor="save-card">Сохранить карту для следующих оплат</Label>
        </div>
      )}
      <div className="space-y-1 rounded-md bg-muted/50 p-3 text-sm" data-testid="pay-total">
        <div className="flex justify-between">
          <span>К оплате</span>
          <span className="tabular-nums">{formatRoubles(paying)}</span>
        </div>
        {fee && fee.payerBears && (
          <div className="flex justify-between text-muted-foreground">
            <span>Комиссия платёжной системы</span>
            <span className="tabular-nums">{formatRoubles(fee.commissionKopecks)}</span>
          </div>
        )}
        <div className="flex justify-between font-semibold">
          <span>Итого</span>
          <span className="tabular-nums">{formatRoubles(fee ? fee.chargedKopecks : paying)}</span>
        </div>
        {fee && !fee.payerBears && <p className="text-xs text-muted-foreground">Комиссию платёжной системы оплачивает управляющая организация.</p>}
      </div>
      {failure && (
        <p role="alert" className="text-sm text-destructive">
          {failure}
        </p>
      )}
      <Button type="submit" className="min-h-11 w-full" disabled={sending}>
        {sending ? "Переход к оплате…" : "Оплатить"}
      </Button>
    </form>
  );
}
