import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/app/_server/db";
import { authSecret } from "@/lib/core/auth-secret";
import { clientIp } from "@/lib/core/client-ip";
import { authorizeResident } from "@/app/_server/resident-sign-in";
import { StaffSignInError } from "@/app/_server/staff-sign-in-error";
import { dispatch } from "@/inngest/dispatch";
import { EMAIL_QUEUED } from "@/inngest/functions/deliver-email";
import { authenticateStaff } from "@/lib/auth/authenticate-staff";
import { errorFields, log } from "@/lib/core/log";

const credentialsSchema = z.object({ email: z.string().min(1), password: z.string().min(1) });

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  // A refused sign-in is an expected outcome, not a fault: one line with its reason instead of Auth.js's stack.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin) log.info("sign_in_refused", { reason: error.code });
      else log.error("auth_error", errorFields(error));
    },
    warn: (code) => log.warn("auth_warning", { code }),
    debug: (message, metadata) => log.debug("auth_debug", { message, metadata }),
  },
  providers: [
    Credentials({
      id: "staff",
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new StaffSignInError("invalid");
        const result = await authenticateStaff(await getDb(), { ...parsed.data, ip: clientIp(request.headers) });
        if (!result.ok) {
          if (result.alertOutboxId) await dispatch(EMAIL_QUEUED, { outboxId: result.alertOutboxId });
          throw new StaffSignInError(result.reason);
        }
        const { id, orgId, email, name, sessionVersion } = result.employee;
        return { id, email, name, orgId, sessionVersion };
      },
    }),
    Credentials({
      id: "resident",
      credentials: { phone: {}, code: {} },
      authorize: (raw, request) => authorizeResident(raw, request.headers),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      // A resident's token never gets employeeId (and a staff token never gets residentPhone).
      if (user?.residentPhone) {
        token.residentPhone = user.residentPhone;
      } else if (user) {
        token.employeeId = user.id;
        token.orgId = user.orgId;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.employeeId = token.employeeId;
      session.orgId = token.orgId;
      session.sessionVersion = token.sessionVersion;
      session.residentPhone = token.residentPhone;
      return session;
    },
    // Coarse gate for proxy.ts only; layouts and actions check the session again against the database.
    authorized({ auth: session, request }) {
      if (request.nextUrl.pathname.startsWith("/crm")) return Boolean(session?.employeeId);
      return true;
    },
  },
});
