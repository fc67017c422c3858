import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { clientExternalIds, premises } from "@/db/schema";
import { createApiKey } from "@/lib/access/api-keys/create-api-key";
import { clientSchema } from "@/lib/registry/clients/client-schema";
import { createClient } from "@/lib/registry/clients/create-client";
import type { OrgFixture } from "./fixtures";
import { nextTestPhone } from "./resident-fixtures";

/**
 * A client known by an external id, a premise with an external id and an API key: what cross-tenant tests of the
 * clients card and the REST API aim at. External ids carry the label, so B's attacks name exactly A's.
 */
export async function seedClientApiData(db: Db, org: OrgFixture, label: string, buildingId: string) {
  const externalId = `CL-${label}`;
  const client = await createClient(org.director, clientSchema.parse({ lastName: `Внешний${label}`, phone: nextTestPhone(), externalId }));
  const [externalIdRow] = await db
    .select()
    .from(clientExternalIds)
    .where(and(eq(clientExternalIds.orgId, org.orgId), eq(clientExternalIds.externalId, externalId)));
  const [premise] = await db
    .insert(premises)
    .values({ orgId: org.orgId, buildingId, type: "flat", number: "900", externalId: `PR-${label}`, searchText: "900" })
    .returning();
  const apiKey = await createApiKey(org.director, { name: `Ключ ${label}`, scopes: ["read", "clients:write", "premises:write", "accounts:write"] });
  return { client, externalIdRow: externalIdRow!, premise: premise!, apiKey };
}
