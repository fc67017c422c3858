import { AppError } from "@/lib/core/errors";

// Spelled out here because notFound() agrees with feminine nouns only («… не найдена»).
export const premiseNotFound = () => new AppError("NOT_FOUND", "Помещение не найдено");
export const premiseArchived = () => new AppError("CONFLICT", "Помещение в архиве: сначала верните его из архива");
