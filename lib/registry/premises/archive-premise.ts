import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import { personalAccounts, premiseClients, premises } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { recordActivity } from "@/lib/registry/activity/record-activity";
import { findPremise } from "./find-premise";
import type { premiseIdSchema } from "./premise-schema";

/**
 * «Удаление» of a premise (seed 002 §5): the premise and its personal accounts are archived — their invoices and
 * readings disappear with them — and every client link ends, so residents lose access in the cabinet. The accounts
 * get the premise's own archive time, which is how a restore finds exactly them again. Nothing is deleted.
 */
export async function archivePremise(ctx: StaffContext, { id }: z.output<typeof premiseIdSchema>) {
  assertPermission(ctx, "registry.premises.edit");
  return ctx.db.transaction(async (tx) => {
    const premise = await findPremise(tx, ctx, id, { lock: true });
    if (premise.archivedAt) throw new AppError("CONFLICT", "Помещение уже в архиве");
    const at = new Date();
    const accounts = await tx
      .update(personalAccounts)
      .set({ archivedAt: at })
      .where(and(eq(personalAccounts.orgId, ctx.orgId), eq(personalAccounts.premiseId, id), isNull(personalAccounts.archivedAt)))
      .returning({ id: personalAccounts.id, number: personalAccounts.number });
    const links = await tx
      .update(premiseClients)
      .set({ removedAt: at })
      .where(and(eq(premiseClients.orgId, ctx.orgId), eq(premiseClients.premiseId, id), isNull(premiseClients.removedAt)))
      .returning({ id: premiseClients.id, clientId: premiseClients.clientId, basis: premiseClients.basis });
    await tx.update(premises).set({ archivedAt: at }).where(and(eq(premises.id, id), eq(premises.orgId, ctx.orgId)));

    await writeAudit(tx, ctx, { action: "premise.archived", entityType: "premise", entityId: id, before: premise, after: { archivedAt: at, accounts, links } });
    for (const account of accounts) {
      await writeAudit(tx, ctx, { action: "personal_account.archived", entityType: "personal_account", entityId: account.id, before: { archivedAt: null }, after: { archivedAt: at, cause: "premise.archived" } });
    }
    for (const link of links) {
      await writeAudit(tx, ctx, { action: "premise_client.removed", entityType: "premise_client", entityId: link.id, before: { removedAt: null }, after: { removedAt: at, cause: "premise.archived" } });
    }
    await recordActivity(tx, { orgId: ctx.orgId, premiseId: id, type: "registry", subject: "Помещение перенесено в архив" });
    return { accounts: accounts.length, links: links.length };
  });
}
