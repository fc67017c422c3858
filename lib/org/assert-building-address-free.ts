import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { buildings } from "@/db/schema";
import { AppError } from "@/lib/core/errors";

/** Two active buildings with one address would split its premises and residents between them. */
export async function assertBuildingAddressFree(db: Db, orgId: string, address: string, exceptId?: string): Promise<void> {
  const [taken] = await db
    .select({ id: buildings.id })
    .from(buildings)
    .where(
      and(
        eq(buildings.orgId, orgId),
        isNull(buildings.archivedAt),
        sql`lower(${buildings.address}) = lower(${address})`,
        exceptId ? ne(buildings.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (taken) {
    throw new AppError("CONFLICT", `Объект по адресу «${address}» уже есть`, { house: ["Объект с таким адресом уже есть"] });
  }
}
