import type { Db } from "@/db/client";
import type { Permission } from "@/lib/core/permissions";
import type { OrgFixture } from "@/tests/support/fixtures";
import type { TenantData } from "@/tests/support/tenant-data";

export type Fixture = { db: Db; a: OrgFixture; aData: TenantData; b: OrgFixture; bData: TenantData };

/** What an entry point requires of its caller. */
export type Access = Permission | "any-staff" | "public";

export type ActionCase = {
  /** `app/…/actions.ts#exportName` */
  target: string;
  access: Access;
  /** The input organisation B's director sends, aimed at organisation A's data (may be prepared asynchronously). */
  attack: (fx: Fixture) => unknown;
  /**
   * The action has no ids in its input and only ever works on the caller's own organisation (e.g. «save my
   * organisation's profile»), so it may succeed; A must still be unchanged.
   */
  ownOrgOnly?: boolean;
  /** Public actions: what must hold after the attack (organisation A is not snapshotted for them). */
  verify?: (result: unknown, fx: Fixture) => Promise<void> | void;
};

export type RouteCase = {
  /** `app/…/route.ts#GET` */
  target: string;
  access: Access;
  request: (fx: Fixture) => Request | Promise<Request>;
  /** Checks that the response, made for B, reveals and changes nothing of A. */
  verify: (response: Response, fx: Fixture) => Promise<void>;
};

/** What one file in cases/ exports as `cases`. */
export type EntryCases = { actions?: ActionCase[]; routes?: RouteCase[] };
