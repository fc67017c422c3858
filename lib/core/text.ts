import { z } from "zod";

/**
 * C0 controls except tab, line feed and carriage return, DEL, and the C1 range. No form or file of ours means
 * them, PostgreSQL refuses NUL in text outright (so `?q=%00` used to fail every list with a 500), and the rest
 * hide text from whoever reads the record later.
 */
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export const stripControlChars = (text: string): string => text.replace(CONTROL_CHARS, "");

/**
 * The string schema to build others on: control characters are removed before any other check, and the result
 * is still a z.string(), so `.trim()`, `.min()`, `.max()` and refinements chain as usual.
 */
export const plainText = (params?: Parameters<typeof z.string>[0]) => z.string(params).overwrite(stripControlChars);

/**
 * The same cleaning for a whole action input (plain objects and arrays, as forms send them), applied by the
 * entry-point kit before the schema runs, so that no schema can forget it. Files and other objects pass as they are.
 */
export function withoutControlChars<T>(value: T): T {
  if (typeof value === "string") return stripControlChars(value) as T;
  if (Array.isArray(value)) return value.map(withoutControlChars) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutControlChars(v)])) as T;
  }
  return value;
}
