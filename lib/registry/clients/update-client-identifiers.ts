import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { clients } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { requisiteIssues, type clientIdentifiersSchema } from "./client-schema";
import { lockVisibleClient } from "./client-scope";

/**
 * Saves the identifiers from the «Прочее» tab: ИНН and СНИЛС of a person, ИНН, КПП and ОГРН of a company (checksums
 * are verified by the schema, their fit to the client's stored type here).
 */
export async function updateClientIdentifiers(ctx: StaffContext, { id, inn, kpp, ogrn, snils }: z.output<typeof clientIdentifiersSchema>) {
  assertPermission(ctx, "registry.clients.edit");
  return ctx.db.transaction(async (tx) => {
    const before = await lockVisibleClient(tx, ctx, id);
    const issues = requisiteIssues(before.type, { inn, kpp, ogrn });
    if (issues.length) {
      throw new AppError("VALIDATION", issues[0]?.message ?? "Проверьте реквизиты", Object.fromEntries(issues.map((i) => [i.path, [i.message]])));
    }
    await tx
      .update(clients)
      .set({ inn, kpp, ogrn, snils })
      .where(and(eq(clients.id, id), eq(clients.orgId, ctx.orgId)));
    await writeAudit(tx, ctx, {
      action: "client.identifiers_updated",
      entityType: "client",
      entityId: id,
      before: { inn: before.inn, kpp: before.kpp, ogrn: before.ogrn, snils: before.snils },
      after: { inn, kpp, ogrn, snils },
    });
    return { id, inn, kpp, ogrn, snils };
  });
}
