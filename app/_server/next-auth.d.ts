import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    orgId?: string;
    sessionVersion?: number;
  }
  interface Session {
    employeeId?: string;
    orgId?: string;
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    employeeId?: string;
    orgId?: string;
    sessionVersion?: number;
  }
}
