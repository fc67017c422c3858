import { and, count, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { clients, legalEntities, personalAccounts, premises } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import type { ImportCheck } from "@/lib/exchange/preview-import";
import { buildingSchema } from "@/lib/org/building-schema";
import { createBuilding } from "@/lib/org/create-building";
import { createOrg, type OrgFixture } from "./fixtures";

export type ImportOrg = OrgFixture & { buildingId: string; address: string; inn: string };

/** An organisation with one building and one legal entity and nothing else, for import tests. */
export async function importOrg(db: Db, label: string, street = "ул. Тестовая"): Promise<ImportOrg> {
  const org = await createOrg(db, label);
  const building = await createBuilding(org.director, buildingSchema.parse({ city: "Москва", street, house: "1" }));
  await db.insert(legalEntities).values({ orgId: org.orgId, name: `ООО ${label}`, inn: "7736207543" });
  return { ...org, buildingId: building.id, address: building.address, inn: "7736207543" };
}

export function expectReady(check: ImportCheck) {
  if (check.status !== "ready") throw new Error(`expected a preview, got ${JSON.stringify(check.issues.slice(0, 5))}`);
  return check;
}

export function expectRejected(check: ImportCheck) {
  if (check.status !== "rejected") throw new Error(`expected a rejection, got ${JSON.stringify(check.preview.sections)}`);
  return check;
}

export const sectionCounts = (check: Extract<ImportCheck, { status: "ready" }>) => Object.fromEntries(check.preview.sections.map((s) => [s.key, s.count]));

/** Active premises, accounts and clients of an organisation. */
export async function registryCounts(db: Db, ctx: Pick<StaffContext, "orgId">) {
  const active = async (table: typeof premises | typeof personalAccounts | typeof clients) =>
    (await db.select({ n: count() }).from(table).where(and(eq(table.orgId, ctx.orgId), isNull(table.archivedAt))))[0]?.n ?? 0;
  return { premises: await active(premises), accounts: await active(personalAccounts), clients: await active(clients) };
}
