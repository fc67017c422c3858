import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export type PaymentView = { id: string; on: string; amount: string; note: string };

/** Ledger payments booked against this invoice; the payments domain fills them. */
export function InvoicePayments({ payments }: { payments: PaymentView[] }) {
  if (!payments.length) return <p className="text-sm text-muted-foreground">Платежей по этому счёту пока нет.</p>;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Дата</TableHead>
          <TableHead className="text-right">Сумма</TableHead>
          <TableHead>Комментарий</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {payments.map((p) => (
          <TableRow key={p.id}>
            <TableCell>{p.on}</TableCell>
            <TableCell className="text-right tabular-nums">{p.amount}</TableCell>
            <TableCell>{p.note}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
