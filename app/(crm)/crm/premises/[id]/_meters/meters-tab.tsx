import Link from "next/link";
import type { StaffContext } from "@/lib/core/context";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatCalendarDate } from "@/lib/core/date-time";
import { listMeters } from "@/lib/meters/list-meters";
import { meterViewRow } from "@/lib/meters/meter-export-columns";
import { meterKindText } from "@/lib/meters/meter-vocabulary";
import type { PremiseCard } from "@/lib/registry/premises/get-premise";
import { MeterStatusBadge } from "@/app/(crm)/crm/meters/meter-status-badge";

// A flat has a handful of meters; a replaced one stays listed (greyed) so its history is one click away.
const PREMISE_METERS = 100;

/** «Приборы учёта» of the premise: each with its last reading, a link to its card, and «Добавить прибор». */
export async function MetersTab({ ctx, premise }: { ctx: StaffContext; premise: PremiseCard }) {
  const page = { page: 1, size: PREMISE_METERS, dir: "asc" as const };
  const [active, retired] = await Promise.all([
    listMeters(ctx, page, { premiseId: premise.id }),
    listMeters(ctx, page, { premiseId: premise.id, status: "decommissioned" }),
  ]);
  const rows = [...active.rows, ...retired.rows].map((r) => meterViewRow(r, ctx.timezone));
  const canAdd = ctx.permissions.has("finance.meters.edit") && premise.archivedAt === null;
  return (
    <div className="space-y-3">
      {canAdd && (
        <div className="flex justify-end">
          <Button asChild>
            <Link href={`/crm/meters/new?premise=${premise.id}`}>Добавить прибор</Link>
          </Button>
        </div>
      )}
      <div className="rounded-md border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Ресурс</TableHead>
              <TableHead>Заводской №</TableHead>
              <TableHead>Лицевой счёт</TableHead>
              <TableHead>Последнее показание</TableHead>
              <TableHead>Поверка до</TableHead>
              <TableHead>Статус</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={6} className="h-20 text-center text-muted-foreground">
                  Приборов учёта пока нет
                </TableCell>
              </TableRow>
            )}
            {rows.map((r) => (
              <TableRow key={r.id} className={r.status === "decommissioned" ? "text-muted-foreground" : undefined}>
                <TableCell>{meterKindText(r.resource, r.zones)}</TableCell>
                <TableCell>
                  <Link href={`/crm/meters/${r.id}`} className="font-medium hover:underline">
                    {r.serialNumber}
                  </Link>
                </TableCell>
                <TableCell>{r.accountNumber ?? "—"}</TableCell>
                <TableCell>
                  {r.lastReading ?? "—"}
                  {r.lastReadingOn && <span className="block text-xs text-muted-foreground">{r.lastReadingOn}</span>}
                </TableCell>
                <TableCell>{r.nextVerificationOn ? formatCalendarDate(r.nextVerificationOn) : "—"}</TableCell>
                <TableCell>
                  <MeterStatusBadge status={r.effectiveStatus} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
