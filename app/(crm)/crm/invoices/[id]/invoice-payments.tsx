import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export type PaymentView = { id: string; on: string; amount: string; note: string };

/** The payments that paid this invoice, each with the part that went to it; a row opens the payment's card. */
export function InvoicePayments({ payments }: { payments: PaymentView[] }) {
  if (!payments.length) return <p className="text-sm text-muted-foreground">Платежей по этому счёту пока нет.</p>;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Дата</TableHead>
          <TableHead className="text-right">Сумма</TableHead>
          <TableHead>Платёж</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {payments.map((p) => (
          <TableRow key={p.id}>
            <TableCell>
              <Link href={`/crm/payments/${p.id}`} className="hover:underline">
                {p.on}
              </Link>
            </TableCell>
            <TableCell className="text-right tabular-nums">{p.amount}</TableCell>
            <TableCell>{p.note}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
