import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { employees, organisations } from "@/db/schema";
import { createDefaultRoles } from "@/lib/access/create-default-roles";
import { writeAudit } from "@/lib/audit/write-audit";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { isUniqueViolation } from "@/lib/core/errors";
import { AppError } from "@/lib/core/errors";
import { queueEmail } from "@/lib/notify/queue-email";
import { PD_CONSENT_VERSION, type RegisterOrganisationData } from "./register-organisation-schema";
import { quoted } from "@/lib/core/russian-text";

// The schema lives apart so that the sign-up form can import it without this server-only module.
export { PD_CONSENT_VERSION, registerOrganisationSchema, type RegisterOrganisationData } from "./register-organisation-schema";

const duplicateInn = (inn: string) =>
  new AppError("CONFLICT", `Организация с ИНН ${inn} уже зарегистрирована`, {
    inn: ["Организация с таким ИНН уже зарегистрирована"],
  });
const duplicateEmail = () =>
  new AppError("CONFLICT", "Этот email уже используется другим сотрудником", {
    email: ["Этот email уже используется"],
  });

/**
 * Public sign-up of a management organisation (seed 003 §1): creates it with the six default roles and its first
 * employee, the «Руководитель», whose generated password is emailed. Returns the ids and the queued email.
 * A caller that sets the password itself (the demo seed, whose logins are printed) gets no email: nobody signed
 * up, and a «Регистрация» message with another password would contradict the printed one.
 */
type Registered<Outbox> = { orgId: string; employeeId: string; outboxId: Outbox };
export async function registerOrganisation(db: Db, input: RegisterOrganisationData, meta?: { ip?: string | null }): Promise<Registered<string>>;
export async function registerOrganisation(db: Db, input: RegisterOrganisationData, meta: { password: string }): Promise<Registered<null>>;
export async function registerOrganisation(
  db: Db,
  input: RegisterOrganisationData,
  meta: { ip?: string | null; password?: string } = {},
): Promise<Registered<string | null>> {
  const password = meta.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  try {
    return await db.transaction(async (tx) => {
      if ((await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.inn, input.inn))).length) {
        throw duplicateInn(input.inn);
      }
      if ((await tx.select({ id: employees.id }).from(employees).where(eq(employees.email, input.email))).length) {
        throw duplicateEmail();
      }
      const now = new Date();
      const [org] = await tx
        .insert(organisations)
        .values({
          name: input.name,
          inn: input.inn,
          region: input.region,
          email: input.email,
          phone: input.phone,
          contactPerson: [input.lastName, input.firstName, input.middleName].filter(Boolean).join(" "),
          pdConsentAt: now,
          pdConsentVersion: PD_CONSENT_VERSION,
        })
        .returning();
      if (!org) throw new Error("organisation insert returned no row");
      const roleIds = await createDefaultRoles(tx, org.id);
      const [employee] = await tx
        .insert(employees)
        .values({
          orgId: org.id,
          roleId: roleIds.director!,
          email: input.email,
          passwordHash,
          lastName: input.lastName,
          firstName: input.firstName,
          middleName: input.middleName || null,
          phone: input.phone,
          position: "Руководитель",
          mustChangePassword: meta.password === undefined,
        })
        .returning({ id: employees.id });
      if (!employee) throw new Error("employee insert returned no row");
      const outboxId = meta.password !== undefined ? null : await queueEmail(tx, {
        orgId: org.id,
        to: input.email,
        subject: "Регистрация в Домкоме",
        template: "org.registered",
        body: [
          `Здравствуйте, ${input.firstName}!`,
          "",
          `Организация ${quoted(input.name)} зарегистрирована в Домкоме.`,
          `Логин: ${input.email}`,
          `Пароль: ${password}`,
          "",
          "После входа смените пароль в профиле.",
        ].join("\n"),
      });
      await writeAudit(
        tx,
        { orgId: org.id, actor: { type: "system", name: "Регистрация организации" }, ip: meta.ip },
        { action: "organisation.registered", entityType: "organisation", entityId: org.id, after: { ...org, consent: PD_CONSENT_VERSION } },
      );
      return { orgId: org.id, employeeId: employee.id, outboxId };
    });
  } catch (error) {
    if (isUniqueViolation(error, "organisations_inn_uq")) throw duplicateInn(input.inn);
    if (isUniqueViolation(error, "employees_email_uq")) throw duplicateEmail();
    throw error;
  }
}
