import { and, eq } from "drizzle-orm";
import { employees } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";
import { storeImage } from "@/lib/files/file-store";
import type { UploadBody } from "@/lib/storage/storage";
import { assertPermission } from "./assert-permission";
import type { EmployeePhotoData } from "./employee-photo-schema";

/** Stores a new photo for the employee's card and returns its file key. */
export async function setEmployeePhoto(ctx: StaffContext, { id }: EmployeePhotoData, photo: UploadBody): Promise<string> {
  assertPermission(ctx, "access.employees.manage");
  const mine = and(eq(employees.id, id), eq(employees.orgId, ctx.orgId));
  // Checked before the file is written, so nothing is stored for another organisation's employee.
  const [exists] = await ctx.db.select({ id: employees.id }).from(employees).where(mine).limit(1);
  if (!exists) throw notFound("Сотрудник");
  const key = await storeImage(ctx.orgId, "employees", photo);
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select({ photo: employees.photo }).from(employees).where(mine).for("update");
    if (!before) throw notFound("Сотрудник");
    await tx.update(employees).set({ photo: key }).where(mine);
    await writeAudit(tx, ctx, { action: "employee.photo_changed", entityType: "employee", entityId: id, before, after: { photo: key } });
    return key;
  });
}
