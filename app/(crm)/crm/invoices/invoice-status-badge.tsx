import { Badge } from "@/components/ui/badge";
import type { InvoiceStatus } from "@/db/schema";
import { invoiceStatusLabels } from "@/lib/billing/billing-vocabulary";

const variants: Record<InvoiceStatus, "secondary" | "default" | "outline"> = { draft: "outline", issued: "default", cancelled: "secondary" };

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  return <Badge variant={variants[status]}>{invoiceStatusLabels[status]}</Badge>;
}
