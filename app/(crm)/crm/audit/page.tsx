import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { auditFiltersFrom } from "@/lib/audit/audit-filters";
import { getAuditFilterOptions } from "@/lib/audit/get-audit-filter-options";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { nameAuditRecords } from "@/lib/audit/name-audit-records";
import { parseListParams } from "@/lib/table/list-params";
import { AuditTable } from "./audit-table";
import { toAuditViewRow } from "./audit-view-row";

export const metadata: Metadata = { title: "Журнал действий" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await staffPage("audit.view");
  const sp = await searchParams;
  const [page, options] = await Promise.all([listAuditLog(ctx, parseListParams(sp), auditFiltersFrom(sp)), getAuditFilterOptions(ctx)]);
  const names = await nameAuditRecords(ctx, page.rows);
  return (
    <>
      <PageHeader title="Журнал действий" description="Кто, когда и что изменил в организации. Время — по вашему часовому поясу" />
      <AuditTable rows={page.rows.map((r) => toAuditViewRow(r, ctx.timezone, names))} total={page.total} actors={options.actors} entityTypes={options.entityTypes} />
    </>
  );
}
