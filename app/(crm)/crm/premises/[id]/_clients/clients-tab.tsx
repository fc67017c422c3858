import type { StaffContext } from "@/lib/core/context";
import { listPremiseLinks } from "@/lib/registry/links/list-premise-links";
import { shareTotalWarning } from "@/lib/registry/links/ownership-share";
import type { PremiseCard } from "@/lib/registry/premises/get-premise";
import { LinksTable } from "./links-table";

export async function ClientsTab({ ctx, premise }: { ctx: StaffContext; premise: PremiseCard }) {
  const links = await listPremiseLinks(ctx, premise.id);
  const warning = shareTotalWarning(links.filter((l) => l.basis === "owner").map((l) => l.ownershipShare));
  return (
    <LinksTable
      premiseId={premise.id}
      links={links}
      warning={warning}
      canEdit={ctx.permissions.has("registry.clients.edit") && premise.archivedAt === null}
      canOpenClients={ctx.permissions.has("registry.clients.view")}
    />
  );
}
