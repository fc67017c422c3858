import { z } from "zod";
import { boundedString } from "@/lib/validation/bounded-string";
import { bankDetailsSchema, innSchema, kppSchema, optionalText } from "@/lib/validation/schemas";

/** A field the resident fills in to pay this supplier: «Номер договора», «Телефон»… */
export type SupplierPayerField = { key: string; label: string };

const payerFieldLabels = z
  .array(boundedString(60, "Название поля").trim().min(1, "Назовите поле"))
  .max(8, "Не больше 8 полей")
  .transform((labels): SupplierPayerField[] => labels.map((label, i) => ({ key: `f${i + 1}`, label })));

export const buildingSupplierSchema = z.object({ buildingId: z.uuid("Неверный объект"), supplierId: z.uuid("Неверный поставщик") });

/** «Новый поставщик»: its requisites and the fields residents fill in; it is attached to the building at once. */
export const supplierCreateSchema = z
  .object({
    buildingId: z.uuid("Неверный объект"),
    name: boundedString(300, "Название").trim().min(1, "Укажите название"),
    inn: innSchema,
    kpp: optionalText(kppSchema),
    payerFields: payerFieldLabels,
  })
  .and(bankDetailsSchema);
