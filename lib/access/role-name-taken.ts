import { AppError } from "@/lib/core/errors";

export const ROLE_NAME_UNIQUE = "roles_org_name_uq";

export const roleNameTaken = () =>
  new AppError("CONFLICT", "Роль с таким названием уже есть", { name: ["Роль с таким названием уже есть"] });
