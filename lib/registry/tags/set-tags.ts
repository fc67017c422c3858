import { isNull } from "drizzle-orm";
import type { z } from "zod";
import { clients } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertOwned } from "@/lib/core/assert-owned";
import type { StaffContext } from "@/lib/core/context";
import { findPremise } from "@/lib/registry/premises/find-premise";
import { replaceTags } from "./replace-tags";
import { tagNamesOf } from "./tag-names";
import type { setClientTagsSchema, setPremiseTagsSchema } from "./tag-schema";

/** Replaces a premise's tags, creating tags that do not exist yet. */
export async function setPremiseTags(ctx: StaffContext, { premiseId, names }: z.output<typeof setPremiseTagsSchema>) {
  assertPermission(ctx, "registry.premises.edit");
  return ctx.db.transaction(async (tx) => {
    await findPremise(tx, ctx, premiseId, { lock: true });
    const before = await tagNamesOf(tx, ctx.orgId, { premiseId });
    await replaceTags(tx, ctx.orgId, { premiseId }, names);
    const after = await tagNamesOf(tx, ctx.orgId, { premiseId });
    await writeAudit(tx, ctx, { action: "premise.tags_set", entityType: "premise", entityId: premiseId, before: { tags: before }, after: { tags: after } });
    return after;
  });
}

/** Replaces a client's tags, creating tags that do not exist yet. */
export async function setClientTags(ctx: StaffContext, { clientId, names }: z.output<typeof setClientTagsSchema>) {
  assertPermission(ctx, "registry.clients.edit");
  return ctx.db.transaction(async (tx) => {
    await assertOwned(tx, ctx.orgId, clients, clientId, "Карточка клиента", isNull(clients.archivedAt));
    const before = await tagNamesOf(tx, ctx.orgId, { clientId });
    await replaceTags(tx, ctx.orgId, { clientId }, names);
    const after = await tagNamesOf(tx, ctx.orgId, { clientId });
    await writeAudit(tx, ctx, { action: "client.tags_set", entityType: "client", entityId: clientId, before: { tags: before }, after: { tags: after } });
    return after;
  });
}
