import { z } from "zod";
import { linkBases } from "@/db/schema";
import { needsMaster } from "./link-bases";
import { normalizeShare, parseShare } from "./ownership-share";

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}: не длиннее ${max} символов`)
    .nullish()
    .transform((v) => v || null);
const optionalDate = z
  .union([z.iso.date("Неверная дата"), z.literal("")])
  .nullish()
  .transform((v) => v || null);
const optionalId = z
  .union([z.uuid("Неверный идентификатор"), z.literal("")])
  .nullish()
  .transform((v) => v || null);

const ownershipShare = optionalText("Доля", 30).refine((v) => v === null || parseShare(v) !== null, "Доля: например 1, 1/2 или 0,25 — не больше единицы").transform((v) => v && normalizeShare(v));

/** Everything about a premise–client link that staff edit (seed 002 §6). */
const linkFields = {
  basis: z.enum(linkBases, "Выберите основание").default("owner"),
  /** The owner (or unconfirmed owner) of the same premise this client depends on; required for every other basis. */
  dependsOnClientId: optionalId,
  dduNumber: optionalText("Номер ДДУ", 100),
  dduDate: optionalDate,
  acceptanceActNumber: optionalText("Номер акта приёмки", 100),
  acceptanceActDate: optionalDate,
  certificateNumber: optionalText("Номер свидетельства", 100),
  certificateDate: optionalDate,
  managementContractNumber: optionalText("Номер договора управления", 100),
  managementContractDate: optionalDate,
  ownershipShare,
  staffComment: optionalText("Комментарий", 1000),
  onlinePayment: z.boolean().default(true),
  keepOnIntegration: z.boolean().default(false),
};

type Dependency = { basis: (typeof linkBases)[number]; dependsOnClientId: string | null };

/** Owners depend on no one (a stale choice is dropped); other bases must name whom they depend on. */
function checkDependency<T extends Dependency>(data: T, ctx: z.RefinementCtx): T {
  if (!needsMaster(data.basis)) return { ...data, dependsOnClientId: null };
  if (!data.dependsOnClientId) {
    ctx.addIssue({ code: "custom", path: ["dependsOnClientId"], message: "Укажите, от какого собственника зависит клиент" });
  }
  return data;
}

export const linkSchema = z
  .object({ premiseId: z.uuid("Неверный идентификатор"), clientId: z.uuid("Выберите клиента"), ...linkFields })
  .transform(checkDependency);
export type LinkInput = z.input<typeof linkSchema>;
export type LinkData = z.output<typeof linkSchema>;

export const linkUpdateSchema = z.object({ linkId: z.uuid("Неверный идентификатор"), ...linkFields }).transform(checkDependency);
export type LinkUpdateInput = z.input<typeof linkUpdateSchema>;
export type LinkUpdateData = z.output<typeof linkUpdateSchema>;

export const unlinkSchema = z.object({ linkId: z.uuid("Неверный идентификатор") });

/** The link dialog's fields alone; the dialog adds premiseId/clientId (new link) or linkId (edit) when it saves. */
export const linkFormSchema = z.object(linkFields).transform(checkDependency);
export type LinkFormInput = z.input<typeof linkFormSchema>;
