import { z } from "zod";
import { checkPersonName, dotless, kopecksCell, optionalCell, optionalKopecksCell, requiredCell } from "../cell-schemas";
import { accountNumberSchema } from "@/lib/validation/premise-facts";
import { clientTypeFromName } from "../vocabulary";

const accountCell = requiredCell("Не указан номер лицевого счёта", "Л.С", 30).pipe(accountNumberSchema);

export const accountsCsvRowSchema = z
  .object({
    account: accountCell,
    balance: optionalKopecksCell,
    lastName: requiredCell("Не указана фамилия (для организации — её название)", "Фамилия", 200),
    firstName: optionalCell("Имя", 60),
    middleName: optionalCell("Отчество", 60),
    flat: requiredCell("Не указан номер квартиры", "Квартира", 20),
    house: optionalCell("Дом", 300),
    city: optionalCell("Город", 100),
    region: optionalCell("Регион", 100),
  })
  .superRefine((row, ctx) => {
    if (clientTypeFromName(row.firstName, row.middleName) === "individual") checkPersonName(row, ctx);
  })
  .transform((row) => ({
    ...row,
    type: clientTypeFromName(row.firstName, row.middleName),
    firstName: dotless(row.firstName),
    middleName: dotless(row.middleName),
  }));
export type AccountsCsvRow = z.output<typeof accountsCsvRowSchema>;

export const debtCsvRowSchema = z.object({ account: accountCell, balance: kopecksCell });
