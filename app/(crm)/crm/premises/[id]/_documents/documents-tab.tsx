import type { StaffContext } from "@/lib/core/context";
import { listPremiseDocuments } from "@/lib/registry/documents/list-premise-documents";
import type { PremiseCard } from "@/lib/registry/premises/get-premise";
import { parseListParams } from "@/lib/table/list-params";
import { DocumentsTable } from "./documents-table";

type SearchParams = Record<string, string | string[] | undefined>;

export async function DocumentsTab({ ctx, premise, searchParams }: { ctx: StaffContext; premise: PremiseCard; searchParams: SearchParams }) {
  const page = await listPremiseDocuments(ctx, premise.id, parseListParams(searchParams));
  return (
    <DocumentsTable
      premiseId={premise.id}
      rows={page.rows}
      total={page.total}
      canEdit={ctx.permissions.has("registry.premises.edit") && premise.archivedAt === null}
      timezone={ctx.timezone}
    />
  );
}
