import { expect } from "vitest";
import { TEST_PASSWORD } from "@/tests/support/fixtures";
import type { EntryCases } from "../case-types";

export const cases: EntryCases = {
  actions: [
    {
      target: "app/(public)/login/actions.ts#signInStaffAction",
      access: "public",
      attack: ({ a }) => ({ email: a.email, password: "not-the-password" }),
      verify: (result) => expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" }),
    },
    {
      target: "app/(crm)/crm/actions.ts#signOutAction",
      access: "public",
      attack: () => undefined,
      verify: (result) => expect(result).toMatchObject({ url: "/login" }),
    },
  ],
  routes: [
    {
      target: "app/api/auth/[...nextauth]/route.ts#GET",
      access: "public",
      request: () => new Request("http://localhost/api/auth/session"),
      verify: async (response, { a }) => expect(await response.text()).not.toContain(a.directorId),
    },
    {
      target: "app/api/auth/[...nextauth]/route.ts#POST",
      access: "public",
      request: ({ a }) =>
        new Request("http://localhost/api/auth/callback/staff", {
          method: "POST",
          body: new URLSearchParams({ email: a.email, password: TEST_PASSWORD }),
        }),
      verify: async (response) => expect(response.headers.get("set-cookie") ?? "").not.toContain("session-token"),
    },
  ],
};
