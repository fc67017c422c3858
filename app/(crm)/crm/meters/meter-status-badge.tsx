import type { MeterStatus } from "@/db/schema";
import { Badge } from "@/components/ui/badge";
import { statusLabels } from "@/lib/meters/meter-vocabulary";

const variants: Record<MeterStatus, "outline" | "secondary" | "destructive"> = {
  working: "outline",
  faulty: "destructive",
  verification_expired: "destructive",
  decommissioned: "secondary",
};

/** The meter's effective status: red when it takes no readings for a reason someone must fix. */
export function MeterStatusBadge({ status }: { status: MeterStatus }) {
  return <Badge variant={variants[status]}>{statusLabels[status]}</Badge>;
}
