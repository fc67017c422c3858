import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDateTime } from "@/lib/core/date-time";
import { activityTypeLabels } from "@/lib/registry/activity/activity-types";
import type { ClientActivity } from "@/lib/registry/clients/list-client-activity";


/** «Активность» (seed 002 §14): requests, payments, readings and registry changes involving the client. */
export function ClientActivityList({ activity, timezone }: { activity: ClientActivity; timezone: string }) {
  return (
    <div className="space-y-3">
      <div className="flex gap-2 text-sm">
        <Badge className="bg-green-600 text-white">Заявок в работе: {activity.inWork}</Badge>
        <Badge variant="secondary">Всего событий: {activity.total}</Badge>
        {activity.total > activity.rows.length && <span className="text-muted-foreground">показаны последние {activity.rows.length}</span>}
      </div>
      {activity.rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">Событий пока нет.</p>
      ) : (
        <div className="rounded-md border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Дата</TableHead>
                <TableHead>Тип</TableHead>
                <TableHead>Тема</TableHead>
                <TableHead>Помещение</TableHead>
                <TableHead>Статус</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {activity.rows.map((r) => (
                <TableRow key={r.id}>
                  <TableCell className="whitespace-nowrap">{formatDateTime(r.createdAt, timezone)}</TableCell>
                  <TableCell>{activityTypeLabels[r.type] ?? r.type}</TableCell>
                  <TableCell>{r.subject}</TableCell>
                  <TableCell>{r.premise ?? "—"}</TableCell>
                  <TableCell>{r.status ?? ""}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}
