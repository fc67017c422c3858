import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    orgId?: string;
    sessionVersion?: number;
    /** Set only by the "resident" provider; staff checks look at employeeId, resident checks at this. */
    residentPhone?: string;
  }
  interface Session {
    employeeId?: string;
    orgId?: string;
    sessionVersion?: number;
    residentPhone?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    employeeId?: string;
    orgId?: string;
    sessionVersion?: number;
    residentPhone?: string;
  }
}
