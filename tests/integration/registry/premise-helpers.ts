import type { Db } from "@/db/client";
import { employeeBuildings, type LinkBasis } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { buildingSchema } from "@/lib/org/building-schema";
import { createBuilding } from "@/lib/org/create-building";
import { clientSchema } from "@/lib/registry/clients/client-schema";
import { createClient } from "@/lib/registry/clients/create-client";
import { accountSchema } from "@/lib/registry/accounts/account-schema";
import { createAccount } from "@/lib/registry/accounts/create-account";
import { linkClient } from "@/lib/registry/links/link-client";
import { linkSchema } from "@/lib/registry/links/link-schema";
import { createPremise } from "@/lib/registry/premises/create-premise";
import { premiseSchema, type PremiseInput } from "@/lib/registry/premises/premise-schema";
import { addEmployee, contextFor, type OrgFixture } from "@/tests/support/fixtures";

/** Small builders for the premises tests: each goes through the real service and its schema. */
export const makeBuilding = (org: OrgFixture, street: string, house: string, city = "Казань") =>
  createBuilding(org.director, buildingSchema.parse({ city, street, house }));

export const makePremise = (ctx: StaffContext, buildingId: string, input: Partial<PremiseInput> = {}) =>
  createPremise(ctx, premiseSchema.parse({ buildingId, type: "flat", number: "1", ...input }));

let phoneSeq = 1000;
export const makeClient = async (org: OrgFixture, lastName: string, firstName = "Тест", phone = `+7916${String(phoneSeq++).padStart(7, "0")}`) =>
  createClient(org.director, clientSchema.parse({ lastName, firstName, phone }));

export const link = (ctx: StaffContext, premiseId: string, clientId: string, basis: LinkBasis = "owner", dependsOnClientId?: string, extra: Record<string, unknown> = {}) =>
  linkClient(ctx, linkSchema.parse({ premiseId, clientId, basis, dependsOnClientId, ...extra }));

export const makeAccount = (ctx: StaffContext, premiseId: string, number: string, extra: Record<string, unknown> = {}) =>
  createAccount(ctx, accountSchema.parse({ premiseId, number, ...extra }));

/** An employee who sees only `buildingIds`, with every registry permission. */
export async function scopedEmployee(db: Db, org: OrgFixture, buildingIds: string[]): Promise<StaffContext> {
  const employee = await addEmployee(db, org, {
    email: `scoped-${Math.random().toString(36).slice(2)}@test.local`,
    permissions: ["registry.premises.view", "registry.premises.edit", "registry.clients.view", "registry.clients.edit", "registry.accounts.edit"],
    allBuildings: false,
  });
  if (buildingIds.length) await db.insert(employeeBuildings).values(buildingIds.map((buildingId) => ({ employeeId: employee.id, buildingId, orgId: org.orgId })));
  return contextFor(db, employee.id);
}
