import { Check } from "lucide-react";
import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { RoleRow } from "@/lib/access/list-roles";
import { permissionGroups, type Permission } from "@/lib/core/permissions";

/** Roles side by side: a row per permission (grouped as in the role editor), a column per role. */
export function RolesComparison({ roles, grants }: { roles: RoleRow[]; grants: Map<string, Set<Permission>> }) {
  return (
    <div className="overflow-x-auto rounded-md border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead className="sticky left-0 z-10 min-w-64 bg-background">Разрешение</TableHead>
            {roles.map((r) => (
              <TableHead key={r.id} className="min-w-28 text-center whitespace-normal">
                <Link href={`/crm/roles/${r.id}`} className="hover:underline">
                  {r.name}
                </Link>
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {permissionGroups.map((group) => (
            <GroupRows key={group.key} label={group.label} permissions={Object.entries(group.permissions) as [Permission, string][]} roles={roles} grants={grants} />
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function GroupRows({ label, permissions, roles, grants }: { label: string; permissions: [Permission, string][]; roles: RoleRow[]; grants: Map<string, Set<Permission>> }) {
  return (
    <>
      <TableRow className="bg-muted/40 hover:bg-muted/40">
        <TableCell colSpan={roles.length + 1} className="sticky left-0 font-medium">
          {label}
        </TableCell>
      </TableRow>
      {permissions.map(([permission, text]) => (
        <TableRow key={permission}>
          <TableCell className="sticky left-0 z-10 bg-background whitespace-normal">{text}</TableCell>
          {roles.map((r) => (
            <TableCell key={r.id} className="text-center">
              {grants.get(r.id)?.has(permission) ? (
                <Check className="mx-auto size-4 text-green-600" aria-label="есть" />
              ) : (
                <span className="text-muted-foreground" aria-label="нет">
                  —
                </span>
              )}
            </TableCell>
          ))}
        </TableRow>
      ))}
    </>
  );
}
