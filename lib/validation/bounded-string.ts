import { z } from "zod";

/**
 * A string with a ceiling. Every string a schema accepts has a maximum length, so no field can carry megabytes into
 * the database, the audit log or a search index (tests/unit/validation/string-max-length.test.ts holds every
 * `z.string()` in lib/ and app/ to that).
 */
export const boundedString = (max: number, label?: string, params?: Parameters<typeof z.string>[0]) =>
  z.string(params).max(max, label ? `${label}: не длиннее ${max} символов` : `Не длиннее ${max} символов`);
