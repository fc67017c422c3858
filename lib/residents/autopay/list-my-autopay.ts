import { and, eq, inArray } from "drizzle-orm";
import { autopaySettings, clients, invoices } from "@/db/schema";
import type { ResidentContext } from "../resident-context";
import { findMyPremiseLink } from "../premises/my-premise-link";
import { listMyPremises } from "../premises/list-my-premises";
import { autopayInvoiceTypes, type AutopayInvoiceType } from "./autopay-schema";
import { savedCardsOf, type SavedCard } from "./my-autopay-card";

export type MyAutopaySetting = {
  invoiceTypes: AutopayInvoiceType[];
  mode: "after_issue" | "day_of_month";
  daysAfterIssue: number | null;
  dayOfMonth: number | null;
  monthlyLimitKopecks: bigint | null;
  savedMethodId: string;
  email: string | null;
  isActive: boolean;
};

export type MyAutopayPremise = {
  premiseId: string;
  address: string;
  orgName: string;
  setting: MyAutopaySetting | null;
  cards: SavedCard[];
  /** The profile's email: what the receipt field starts with. */
  profileEmail: string | null;
};

/**
 * «Автоплатёж» (seed 000 resident §7): the resident's premises that have had invoices issued, each with its setting,
 * the cards the resident saved in that organisation and the profile's email.
 */
export async function listMyAutopay(ctx: ResidentContext): Promise<MyAutopayPremise[]> {
  const premises = await listMyPremises(ctx);
  if (!premises.length) return [];
  const invoiced = new Set(
    (
      await ctx.db
        .selectDistinct({ premiseId: invoices.premiseId })
        .from(invoices)
        .where(and(inArray(invoices.premiseId, premises.map((p) => p.id)), eq(invoices.status, "issued")))
    ).map((r) => r.premiseId),
  );
  const result: MyAutopayPremise[] = [];
  for (const premise of premises.filter((p) => invoiced.has(p.id))) {
    const { client } = await findMyPremiseLink(ctx, premise.id);
    const [[setting], cards, [profile]] = await Promise.all([
      ctx.db
        .select()
        .from(autopaySettings)
        .where(and(eq(autopaySettings.clientId, client.id), eq(autopaySettings.premiseId, premise.id))),
      savedCardsOf(ctx.db, client),
      ctx.db.select({ email: clients.email }).from(clients).where(eq(clients.id, client.id)),
    ]);
    result.push({
      premiseId: premise.id,
      address: premise.address,
      orgName: premise.orgName,
      setting: setting
        ? {
            invoiceTypes: autopayInvoiceTypes.filter((t) => setting.invoiceTypes.includes(t)),
            mode: setting.mode,
            daysAfterIssue: setting.daysAfterIssue,
            dayOfMonth: setting.dayOfMonth,
            monthlyLimitKopecks: setting.monthlyLimitKopecks,
            savedMethodId: setting.savedMethodId,
            email: setting.email,
            isActive: setting.isActive,
          }
        : null,
      cards,
      profileEmail: profile?.email ?? null,
    });
  }
  return result;
}
