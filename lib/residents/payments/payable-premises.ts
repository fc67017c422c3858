import { and, eq, inArray, isNull } from "drizzle-orm";
import { buildings, premiseClients, premises } from "@/db/schema";
import { AppError } from "@/lib/core/errors";
import { premiseNotFound } from "@/lib/registry/premises/premise-errors";
import { BLOCKED_MESSAGE, type ResidentClient, type ResidentContext } from "../resident-context";
import type { BuildingPaymentSettings } from "./payment-rules";

export type PayablePremise = {
  premiseId: string;
  orgId: string;
  buildingId: string;
  client: ResidentClient;
  /** The building's options, with «Оплата счетов онлайн» off when the premise or the resident's link forbids it. */
  settings: BuildingPaymentSettings;
};

/**
 * The resident's own active links to these premises with their building's payment options. Any premise that is not
 * theirs — another organisation's, someone else's flat, an archived one — is «не найдено»; a blocked client refused.
 */
export async function payablePremises(ctx: ResidentContext, premiseIds: readonly string[]): Promise<Map<string, PayablePremise>> {
  const wanted = [...new Set(premiseIds)];
  if (wanted.length === 0) return new Map();
  const rows = await ctx.db
    .select({
      premiseId: premises.id,
      orgId: premises.orgId,
      buildingId: premises.buildingId,
      clientId: premiseClients.clientId,
      premiseOnline: premises.onlinePayment,
      linkOnline: premiseClients.onlinePayment,
      onlinePayment: buildings.onlinePayment,
      arbitraryAmount: buildings.arbitraryAmount,
      acceptWithoutInvoices: buildings.acceptWithoutInvoices,
      insuranceAfterFullRepayment: buildings.insuranceAfterFullRepayment,
      insuranceWithAdvance: buildings.insuranceWithAdvance,
    })
    .from(premiseClients)
    .innerJoin(premises, and(eq(premises.id, premiseClients.premiseId), eq(premises.orgId, premiseClients.orgId)))
    .innerJoin(buildings, eq(buildings.id, premises.buildingId))
    .where(
      and(
        inArray(premiseClients.premiseId, wanted),
        inArray(premiseClients.clientId, ctx.clients.map((c) => c.id)),
        isNull(premiseClients.removedAt),
        isNull(premises.archivedAt),
      ),
    );
  const found = new Map<string, PayablePremise>();
  for (const r of rows) {
    const client = ctx.clients.find((c) => c.id === r.clientId);
    if (!client || found.has(r.premiseId)) continue;
    if (client.blocked) throw new AppError("FORBIDDEN", BLOCKED_MESSAGE);
    found.set(r.premiseId, {
      premiseId: r.premiseId,
      orgId: r.orgId,
      buildingId: r.buildingId,
      client,
      settings: {
        onlinePayment: r.onlinePayment && r.premiseOnline && r.linkOnline,
        arbitraryAmount: r.arbitraryAmount,
        acceptWithoutInvoices: r.acceptWithoutInvoices,
        insuranceAfterFullRepayment: r.insuranceAfterFullRepayment,
        insuranceWithAdvance: r.insuranceWithAdvance,
      },
    });
  }
  if (wanted.some((id) => !found.has(id))) throw premiseNotFound();
  return found;
}
