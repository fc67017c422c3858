import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { RoleRow } from "@/lib/access/list-roles";

/** Roles are few (six presets plus a handful of custom ones), so they are listed whole, without paging. */
export function RolesList({ roles }: { roles: RoleRow[] }) {
  return (
    <div className="rounded-md border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Роль</TableHead>
            <TableHead>Описание</TableHead>
            <TableHead className="text-right">Разрешений</TableHead>
            <TableHead className="text-right">Сотрудников</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {roles.map((r) => (
            <TableRow key={r.id}>
              <TableCell>
                <span className="flex items-center gap-2">
                  <Link href={`/crm/roles/${r.id}`} className="font-medium hover:underline">
                    {r.name}
                  </Link>
                  {r.preset && <Badge variant="secondary">стандартная</Badge>}
                </span>
              </TableCell>
              <TableCell className="whitespace-normal text-muted-foreground">{r.description ?? "—"}</TableCell>
              <TableCell className="text-right">{r.permissionCount}</TableCell>
              <TableCell className="text-right">
                {r.employeeCount > 0 ? (
                  <Link href={`/crm/employees?role=${r.id}`} className="hover:underline">
                    {r.employeeCount}
                  </Link>
                ) : (
                  0
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
