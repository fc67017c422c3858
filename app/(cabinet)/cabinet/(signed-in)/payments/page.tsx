import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { residentPage } from "@/app/_server/resident-page";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";
import { formatRoubles } from "@/lib/exchange/decimal";
import { paymentStatusLabels } from "@/lib/payments/payment-vocabulary";
import { listMyPayments, type MyPayment, type MyPaymentsTab } from "@/lib/residents/payments/list-my-payments";

export const metadata: Metadata = { title: "История платежей" };

const isoDate = z.iso.date().optional().catch(undefined);
const querySchema = z.object({ tab: z.enum(["online", "third_party"]).catch("online"), from: isoDate, to: isoDate });
const tabs: [MyPaymentsTab, string][] = [
  ["online", "Онлайн-платежи"],
  ["third_party", "Сторонние платежи"],
];

function PaymentCard({ payment }: { payment: MyPayment }) {
  return (
    <Card className="gap-1 py-3" data-testid="my-payment">
      <CardContent className="space-y-1 px-4 text-sm">
        <div className="flex items-start justify-between gap-3">
          <div className="text-muted-foreground">{payment.when}</div>
          <Badge variant={payment.status === "succeeded" ? "default" : "secondary"}>{paymentStatusLabels[payment.status]}</Badge>
        </div>
        {payment.paid.map((p) => (
          <div key={p.label} className="flex justify-between gap-3">
            <span className="first-letter:uppercase">{p.label}</span>
            <span className="tabular-nums">{formatRoubles(p.kopecks)}</span>
          </div>
        ))}
        <div className="flex justify-between gap-3 font-semibold">
          <span>{payment.commissionKopecks > 0n && payment.chargedKopecks !== payment.amountKopecks ? `Списано, с комиссией ${formatRoubles(payment.commissionKopecks)}` : "Сумма"}</span>
          <span className="tabular-nums">{formatRoubles(payment.chargedKopecks)}</span>
        </div>
        {payment.refundedKopecks > 0n && <div className="text-muted-foreground">Возвращено {formatRoubles(payment.refundedKopecks)}</div>}
        {payment.receiptEmail && <div className="text-muted-foreground break-words">Чек на {payment.receiptEmail}</div>}
      </CardContent>
    </Card>
  );
}

export default async function MyPaymentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await residentPage();
  const query = querySchema.parse(await searchParams);
  const list = await listMyPayments(ctx, query);
  const href = (tab: MyPaymentsTab) => `/cabinet/payments?${new URLSearchParams({ tab, ...(query.from && { from: query.from }), ...(query.to && { to: query.to }) })}`;
  return (
    <>
      <Link href="/cabinet" className="text-sm text-muted-foreground">
        ← Мои помещения
      </Link>
      <h1 className="text-xl font-semibold">История платежей</h1>
      <nav className="grid grid-cols-2 gap-1 rounded-md bg-muted p-1 text-sm" aria-label="Вид платежей">
        {tabs.map(([tab, label]) => (
          <Link key={tab} href={href(tab)} aria-current={query.tab === tab ? "page" : undefined} className={cn("rounded px-2 py-2 text-center", query.tab === tab && "bg-background font-medium shadow-sm")}>
            {label}
          </Link>
        ))}
      </nav>
      <form className="flex flex-wrap items-end gap-2" method="get">
        <input type="hidden" name="tab" value={query.tab} />
        <div className="space-y-1">
          <Label htmlFor="from">С</Label>
          <Input id="from" name="from" type="date" defaultValue={query.from} className="w-40" />
        </div>
        <div className="space-y-1">
          <Label htmlFor="to">По</Label>
          <Input id="to" name="to" type="date" defaultValue={query.to} className="w-40" />
        </div>
        <Button type="submit" variant="outline">
          Показать
        </Button>
      </form>
      {list.length === 0 ? (
        <p className="text-sm text-muted-foreground">Платежей за этот период нет.</p>
      ) : (
        list.map((payment) => <PaymentCard key={payment.id} payment={payment} />)
      )}
    </>
  );
}
