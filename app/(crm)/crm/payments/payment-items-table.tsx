import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { PaymentItemView } from "@/lib/payments/list/payment-item-view";

/** How a payment was split: per invoice line (invoice, service, amount) and advances. */
export function PaymentItemsTable({ items }: { items: PaymentItemView[] }) {
  if (!items.length) return <p className="text-sm text-muted-foreground">Платёж ещё не распределён по счетам.</p>;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Счёт</TableHead>
          <TableHead>Услуга</TableHead>
          <TableHead className="text-right">Сумма</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((i) => (
          <TableRow key={i.id}>
            <TableCell>
              {i.invoiceId ? (
                <Link href={`/crm/invoices/${i.invoiceId}`} className="hover:underline">
                  {i.invoice}
                </Link>
              ) : (
                i.invoice
              )}
            </TableCell>
            <TableCell>{i.service}</TableCell>
            <TableCell className="text-right tabular-nums">{i.amount}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
