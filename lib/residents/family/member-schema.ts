import { z } from "zod";
import { personNameSchema } from "@/lib/validation/person-name";
import { optionalText, phoneSchema } from "@/lib/validation/schemas";
import { memberBases } from "./member-rights";

export const addMemberSchema = z.object({
  premiseId: z.uuid("Неверный идентификатор"),
  basis: z.enum(memberBases, "Выберите, кем он приходится"),
  lastName: personNameSchema("Фамилия"),
  firstName: personNameSchema("Имя"),
  middleName: optionalText(personNameSchema("Отчество")),
  phone: phoneSchema,
});
export type AddMemberInput = z.input<typeof addMemberSchema>;
export type AddMemberData = z.output<typeof addMemberSchema>;

export const removeMemberSchema = z.object({
  premiseId: z.uuid("Неверный идентификатор"),
  linkId: z.uuid("Неверный идентификатор"),
});
export type RemoveMemberData = z.output<typeof removeMemberSchema>;
