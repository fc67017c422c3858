import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { employees, organisations } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { TEST_PASSWORD } from "@/tests/support/fixtures";
import { validInn } from "@/tests/support/valid-inn";
import type { EntryCases, Fixture } from "../case-types";

const aDirectorPasswordUnchanged = async ({ db, a }: Fixture) => {
  const [director] = await db.select({ hash: employees.passwordHash }).from(employees).where(eq(employees.id, a.directorId));
  expect(await verifyPassword(director?.hash ?? "", TEST_PASSWORD)).toBe(true);
};

export const cases: EntryCases = {
  actions: [
    {
      // Signing up with A's director's email must not take over or duplicate that login.
      target: "app/(public)/signup/actions.ts#registerOrganisationAction",
      access: "public",
      attack: ({ a }) => ({
        name: "УК Захватчик",
        inn: validInn(424242),
        region: "Москва",
        lastName: "Чужой",
        firstName: "Захар",
        email: a.email,
        phone: "+79000000099",
        consent: true,
      }),
      verify: async (result, { db }) => {
        expect(result).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { email: ["Этот email уже используется"] } });
        expect(await db.$count(organisations, eq(organisations.inn, validInn(424242)))).toBe(0);
      },
    },
    {
      target: "app/(public)/reset-password/actions.ts#requestPasswordResetAction",
      access: "public",
      attack: ({ a }) => ({ email: a.email }),
      // The same answer as for an unknown address, and nothing in it that works as a link.
      verify: (result) => expect(result).toEqual({ ok: true, data: { message: "Если такой сотрудник есть, мы отправили письмо со ссылкой" } }),
    },
    {
      target: "app/(public)/reset-password/actions.ts#resetPasswordAction",
      access: "public",
      attack: () => ({ token: "guessed-token", password: "attacker-pass-1", confirmPassword: "attacker-pass-1" }),
      verify: async (result, fx) => {
        expect(result).toMatchObject({ ok: false, code: "BAD_REQUEST" });
        await aDirectorPasswordUnchanged(fx);
      },
    },
    {
      // No ids in the input: it can only ever change the caller's own card.
      target: "app/(crm)/crm/profile/actions.ts#updateProfileAction",
      access: "any-staff",
      ownOrgOnly: true,
      attack: () => ({ lastName: "Подменов", firstName: "Пётр", middleName: "", phone: "", timezone: "Asia/Omsk" }),
    },
    {
      target: "app/(crm)/crm/profile/actions.ts#changePasswordAction",
      access: "any-staff",
      attack: () => ({ currentPassword: "not-the-password", password: "attacker-pass-1", confirmPassword: "attacker-pass-1" }),
      verify: (_result, fx) => aDirectorPasswordUnchanged(fx),
    },
  ],
};
