import { z } from "zod";
import { boundedString } from "@/lib/validation/bounded-string";

/** «Квитанции дома за месяц»: the form's, the action's and the export job's query. */
export const receiptsBatchSchema = z.object({
  buildingId: z.uuid("Выберите объект"),
  period: boundedString(7, "Месяц").regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Выберите месяц"),
});
