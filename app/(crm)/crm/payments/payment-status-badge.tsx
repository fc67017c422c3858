import type { PaymentStatus } from "@/db/schema";
import { Badge } from "@/components/ui/badge";
import { paymentStatusLabels } from "@/lib/payments/payment-vocabulary";

const variants: Record<PaymentStatus, "default" | "secondary" | "destructive" | "outline"> = {
  succeeded: "default",
  pending: "secondary",
  canceled: "outline",
  failed: "destructive",
  mismatch: "destructive",
  deleted: "outline",
};

export function PaymentStatusBadge({ status }: { status: PaymentStatus }) {
  return <Badge variant={variants[status]}>{paymentStatusLabels[status]}</Badge>;
}
