import { z } from "zod";
import type { ClientType, LinkBasis, PremiseType } from "@/db/schema";
import {
  areaCell,
  checkPersonName,
  dotless,
  elsCell,
  emailCell,
  legalInnCell,
  optionalCell,
  optionalFactCell,
  phoneCell,
  requiredCell,
  roomsCell,
} from "../cell-schemas";
import { accountNumberSchema, entranceSchema, floorSchema, premiseNumberSchema } from "@/lib/validation/premise-facts";
import { clientTypeFromName, parseBasis, parsePremiseType } from "../vocabulary";

const SHARE = /^(\d+\/\d+|0?[.,]\d+|1)$/;

const premiseTypeCell = z.string().max(100, "Не длиннее 100 символов").transform((text, ctx): PremiseType => {
  const type = text ? parsePremiseType(text) : undefined;
  if (!type) {
    ctx.addIssue({ code: "custom", message: text ? `Неизвестный тип помещения «${text}»` : "Не указан тип помещения" });
    return z.NEVER;
  }
  return type;
});

const basisCell = z.string().max(100, "Не длиннее 100 символов").transform((text, ctx): LinkBasis | undefined => {
  if (!text) return undefined;
  const basis = parseBasis(text);
  if (!basis) ctx.addIssue({ code: "custom", message: `Неизвестное основание «${text}»: укажите собственник, житель, представитель или арендатор` });
  return basis;
});

const cells = z.object({
  building: requiredCell("Не указан объект", "Объект", 300),
  premiseType: premiseTypeCell,
  number: requiredCell("Не указан номер помещения", "Номер помещения", 20).pipe(premiseNumberSchema),
  entrance: optionalFactCell(entranceSchema),
  floor: optionalFactCell(floorSchema),
  totalArea: areaCell("Общая площадь"),
  livingArea: areaCell("Жилая площадь"),
  rooms: roomsCell,
  premiseExternalId: optionalCell("Внешний ID помещения"),
  accountNumber: optionalFactCell(accountNumberSchema),
  els: elsCell,
  legalEntityInn: legalInnCell,
  lastName: optionalCell("Фамилия", 200),
  firstName: optionalCell("Имя", 60),
  middleName: optionalCell("Отчество", 60),
  phone: phoneCell,
  email: emailCell,
  basis: basisCell,
  share: optionalCell("Доля в собственности", 20),
});
type Cells = z.output<typeof cells>;

export type RegistryRowClient = {
  type: ClientType;
  lastName: string;
  firstName?: string;
  middleName?: string;
  phone?: string;
  email?: string;
  basis: LinkBasis;
  share?: string;
};

function checkRow(row: Cells, ctx: z.RefinementCtx) {
  const issue = (path: keyof Cells, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  const hasClient = Boolean(row.lastName || row.firstName || row.middleName || row.phone || row.email || row.basis || row.share);
  if (hasClient && !row.lastName) issue("lastName", "Не указана фамилия клиента (для организации — её название)");
  if (row.lastName && clientTypeFromName(row.firstName, row.middleName) === "individual") checkPersonName(row, ctx);
  if (!row.accountNumber && row.els) issue("els", "ЕЛС указан без номера лицевого счёта");
  if (!row.accountNumber && row.legalEntityInn) issue("legalEntityInn", "ИНН юрлица указан без номера лицевого счёта");
  if (row.totalArea && row.livingArea && Number(row.livingArea) > Number(row.totalArea)) issue("livingArea", "Жилая площадь больше общей");
  if (row.share && !SHARE.test(row.share)) issue("share", "Доля в собственности: укажите дробь 1/2 или число от 0 до 1, например 0,25");
  if (row.share && (row.basis ?? "owner") !== "owner") issue("share", "Доля указывается только для собственника");
}

/** One row of the Excel registry file: formats checked here, references to the database resolved later. */
export const registryRowSchema = cells.superRefine(checkRow).transform((row) => ({
  building: row.building,
  premise: {
    type: row.premiseType,
    number: row.number,
    entrance: row.entrance,
    floor: row.floor,
    totalArea: row.totalArea,
    livingArea: row.livingArea,
    rooms: row.rooms,
    externalId: row.premiseExternalId,
  },
  account: row.accountNumber ? { number: row.accountNumber, els: row.els, legalEntityInn: row.legalEntityInn } : undefined,
  client: row.lastName
    ? ({
        type: clientTypeFromName(row.firstName, row.middleName),
        lastName: row.lastName,
        firstName: dotless(row.firstName),
        middleName: dotless(row.middleName),
        phone: row.phone,
        email: row.email,
        basis: row.basis ?? "owner",
        share: row.share?.replace(",", "."),
      } satisfies RegistryRowClient)
    : undefined,
}));
export type RegistryRow = z.output<typeof registryRowSchema>;
