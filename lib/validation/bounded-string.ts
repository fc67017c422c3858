import type { z } from "zod";
import { plainText } from "@/lib/core/text";

/**
 * A string with a ceiling. Every string a schema accepts has a maximum length, so no field can carry megabytes into
 * the database, the audit log or a search index (tests/unit/validation/string-max-length.test.ts holds every
 * `z.string()` in lib/ and app/ to that). Built on plainText, so control characters are gone before the checks —
 * also where the input does not come through the entry-point kit's cleaning (the REST API's JSON).
 */
export const boundedString = (max: number, label?: string, params?: Parameters<typeof z.string>[0]) =>
  plainText(params).max(max, label ? `${label}: не длиннее ${max} символов` : `Не длиннее ${max} символов`);
