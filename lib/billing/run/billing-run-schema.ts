import { z } from "zod";

/** «Рассчитать начисления»: a month, a year, and the buildings — chosen ones, or every building the employee sees. */
export const startBillingRunSchema = z
  .object({
    month: z.coerce.number({ error: "Выберите месяц" }).int().min(1, "Выберите месяц").max(12, "Выберите месяц"),
    year: z.coerce.number({ error: "Укажите год" }).int("Укажите год").min(2015, "Год: с 2015 по 2100").max(2100, "Год: с 2015 по 2100"),
    allBuildings: z.boolean().default(false),
    buildingIds: z.array(z.uuid("Выберите дом из списка")).max(1000, "Не больше 1000 домов за раз").default([]),
  })
  .refine((v) => v.allBuildings || v.buildingIds.length > 0, { path: ["buildingIds"], message: "Выберите хотя бы один дом или «Все доступные»" });

export type StartBillingRunInput = z.output<typeof startBillingRunSchema>;

export const billingRunIdSchema = z.object({ runId: z.uuid("Расчёт не найден") });
