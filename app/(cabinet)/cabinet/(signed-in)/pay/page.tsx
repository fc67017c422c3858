import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { residentPage } from "@/app/_server/resident-page";
import { invoiceTypeLabels } from "@/lib/billing/billing-vocabulary";
import { AppError } from "@/lib/core/errors";
import { periodLabel } from "@/lib/meters/collection-window";
import { loadPayScreen } from "@/lib/residents/payments/pay-screen";
import { payGroupLabels } from "@/lib/residents/payments/payment-rules";
import { PayForm } from "./pay-form";

export const metadata: Metadata = { title: "Оплата" };

const querySchema = z.object({
  invoice: z.uuid().optional(),
  premise: z.uuid().optional(),
  account: z.uuid().optional(),
  group: z.enum(["housing", "capital_repair", "other"]).catch("housing"),
  all: z.literal("1").optional(),
  advance: z.literal("1").optional(),
  /** Pre-filled from a receipt's QR code: kopecks. */
  sum: z.string().max(12).regex(/^\d{1,12}$/).optional(),
});

async function loadScreen(raw: Record<string, string | string[] | undefined>) {
  const ctx = await residentPage();
  const query = querySchema.safeParse(raw);
  if (!query.success) notFound();
  const q = query.data;
  try {
    const screen = await loadPayScreen(ctx, { invoiceId: q.invoice, premiseId: q.premise, accountId: q.account, group: q.group, all: q.all === "1", advance: q.advance === "1" });
    return { screen, group: q.group, prefill: q.sum };
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}

export default async function PayPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { screen, group, prefill } = await loadScreen(await searchParams);
  const back = screen.premiseId ? `/cabinet/premises/${screen.premiseId}/invoices` : "/cabinet";
  const advance = screen.invoices.length === 0;
  return (
    <>
      <Link href={back} className="text-sm text-muted-foreground">
        ← Назад
      </Link>
      <h1 className="text-xl font-semibold">{advance ? "Внести аванс" : `Оплата: ${payGroupLabels[group]}`}</h1>
      {!screen.settings.onlinePayment ? (
        <p className="text-sm text-muted-foreground">Онлайн-оплата по этому помещению отключена управляющей организацией.</p>
      ) : advance && !(screen.settings.arbitraryAmount && screen.settings.acceptWithoutInvoices) ? (
        <p className="text-sm text-muted-foreground">Счетов к оплате нет. Аванс в этом доме не принимается.</p>
      ) : (
        <PayForm
          premiseId={screen.premiseId}
          accountId={screen.accountId}
          invoices={screen.invoices.map((i) => ({
            id: i.id,
            title: `${invoiceTypeLabels[i.type]} за ${periodLabel(i.period)}`,
            detail: screen.premiseId ? `ЛС ${i.accountNumber}` : `${i.address} · ЛС ${i.accountNumber}`,
            dueKopecks: i.dueKopecks.toString(),
          }))}
          dueKopecks={screen.dueKopecks.toString()}
          settings={screen.settings}
          insuranceKopecks={screen.insuranceKopecks?.toString() ?? null}
          defaultEmail={screen.defaultEmail}
          commission={screen.commission && { ...screen.commission, commissionMinKopecks: screen.commission.commissionMinKopecks.toString() }}
          prefillKopecks={prefill ?? null}
          savedCards={screen.savedCards}
        />
      )}
    </>
  );
}
