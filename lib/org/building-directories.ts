import { and, asc, count, eq } from "drizzle-orm";
import { z } from "zod";
import { buildingGroups, buildings, quarters } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { isUniqueViolation } from "@/lib/core/errors";
import { AppError, notFound } from "@/lib/core/errors";

/**
 * Groups and quarters are the same kind of thing — a named bucket of buildings — so one set of services serves
 * both; `kind` picks the table and the words.
 */
const kinds = {
  group: { table: buildingGroups, column: buildings.groupId, label: "Группа объектов", entity: "building_group" },
  quarter: { table: quarters, column: buildings.quarterId, label: "Квартал", entity: "quarter" },
} as const;
export type DirectoryKind = keyof typeof kinds;

export const directoryKindSchema = z.enum(["group", "quarter"]);
export const directoryNameSchema = z.string().trim().min(1, "Укажите название").max(100, "Не длиннее 100 символов");
export const saveDirectoryEntrySchema = z.object({
  kind: directoryKindSchema,
  id: z.uuid().optional(),
  name: directoryNameSchema,
});
export const deleteDirectoryEntrySchema = z.object({ kind: directoryKindSchema, id: z.uuid("Неверный идентификатор") });

export async function listDirectory(ctx: StaffContext, kind: DirectoryKind) {
  const { table, column } = kinds[kind];
  return ctx.db
    .select({ id: table.id, name: table.name, buildings: count(buildings.id) })
    .from(table)
    .leftJoin(buildings, and(eq(column, table.id), eq(buildings.orgId, ctx.orgId)))
    .where(eq(table.orgId, ctx.orgId))
    .groupBy(table.id, table.name)
    .orderBy(asc(table.name));
}

/** Creates an entry, or renames it when `id` is given. Names are unique within the organisation. */
export async function saveDirectoryEntry(ctx: StaffContext, { kind, id, name }: z.output<typeof saveDirectoryEntrySchema>) {
  assertPermission(ctx, "settings.manage");
  const { table, label, entity } = kinds[kind];
  try {
    return await ctx.db.transaction(async (tx) => {
      if (id) {
        const [before] = await tx.select().from(table).where(and(eq(table.id, id), eq(table.orgId, ctx.orgId)));
        if (!before) throw notFound(label);
        const [after] = await tx.update(table).set({ name }).where(eq(table.id, id)).returning();
        await writeAudit(tx, ctx, { action: `${entity}.renamed`, entityType: entity, entityId: id, before, after });
        return after!;
      }
      const [row] = await tx.insert(table).values({ orgId: ctx.orgId, name }).returning();
      await writeAudit(tx, ctx, { action: `${entity}.created`, entityType: entity, entityId: row!.id, after: row });
      return row!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", `${label} «${name}» уже есть`, { name: ["Такое название уже есть"] });
    throw error;
  }
}

/** Only an empty entry can be deleted, so no building silently loses its group or quarter. */
export async function deleteDirectoryEntry(ctx: StaffContext, { kind, id }: z.output<typeof deleteDirectoryEntrySchema>) {
  assertPermission(ctx, "settings.manage");
  const { table, column, label, entity } = kinds[kind];
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(table).where(and(eq(table.id, id), eq(table.orgId, ctx.orgId)));
    if (!before) throw notFound(label);
    const [used] = await tx.select({ n: count() }).from(buildings).where(eq(column, id));
    if (used && used.n > 0) {
      throw new AppError("CONFLICT", `${label} «${before.name}» содержит объекты (${used.n}); сначала перенесите их`);
    }
    await tx.delete(table).where(eq(table.id, id));
    await writeAudit(tx, ctx, { action: `${entity}.deleted`, entityType: entity, entityId: id, before });
  });
}
