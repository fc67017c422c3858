import { AppError } from "@/lib/core/errors";

// core's notFound() says «не найдена», which suits «Роль» but not masculine nouns.
export const employeeNotFound = () => new AppError("NOT_FOUND", "Сотрудник не найден");
export const buildingNotFound = () => new AppError("NOT_FOUND", "Объект не найден");
