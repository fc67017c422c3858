import { z } from "zod";
import { optionalTimeZoneSchema } from "@/lib/org/russian-time-zones";
import { personNameSchema } from "@/lib/validation/person-name";
import { emailSchema, optionalText, phoneSchema } from "@/lib/validation/schemas";

const idSchema = z.uuid("Неверный идентификатор");

/** An employee's card. The position is free text and has nothing to do with the role (seed 003 §4). */
export const employeeSchema = z.object({
  lastName: personNameSchema("Фамилия"),
  firstName: personNameSchema("Имя"),
  middleName: optionalText(personNameSchema("Отчество")),
  position: optionalText(z.string().max(100, "Должность: не длиннее 100 символов")),
  email: emailSchema,
  phone: optionalText(phoneSchema),
  roleId: z.uuid("Выберите роль"),
  timezone: optionalTimeZoneSchema,
});
export type EmployeeInput = z.input<typeof employeeSchema>;
export type EmployeeData = z.output<typeof employeeSchema>;

export const employeeUpdateSchema = employeeSchema.extend({ id: idSchema });

export const setEmployeeBlockedSchema = z.object({ id: idSchema, blocked: z.boolean() });

export const unlockEmployeeSignInSchema = z.object({ id: idSchema });

export const employeeBuildingsSchema = z
  .object({
    id: idSchema,
    allBuildings: z.boolean(),
    buildingIds: z
      .array(idSchema)
      .max(10_000)
      .transform((ids) => [...new Set(ids)]),
  })
  .refine((v) => v.allBuildings || v.buildingIds.length > 0, {
    path: ["buildingIds"],
    message: "Отметьте хотя бы один объект или выберите «Все объекты»",
  });
export type EmployeeBuildingsInput = z.input<typeof employeeBuildingsSchema>;
