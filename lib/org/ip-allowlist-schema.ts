import { z } from "zod";
import { isValidIpEntry } from "@/lib/auth/ip-entry";

const MAX_ENTRIES = 100;

/**
 * The staff IP allow-list as typed in a textarea, one entry per line; blank lines are ignored and repeats dropped.
 * Every bad line is named with its number, so a long list can be fixed in one pass.
 */
export const ipAllowlistSchema = z
  .string()
  .max(20_000, "Список адресов: не длиннее 20 000 символов")
  .nullish()
  .transform((text, ctx) => {
    const lines = (text ?? "").split(/\r?\n/).map((line) => line.trim());
    const bad = lines.flatMap((line, i) => (line && !isValidIpEntry(line) ? [`строка ${i + 1}: «${line}»`] : []));
    if (bad.length) {
      ctx.addIssue({
        code: "custom",
        message: `Не IP-адрес и не подсеть (например, 203.0.113.5 или 203.0.113.0/24) — ${bad.join("; ")}`,
      });
      return z.NEVER;
    }
    const entries = [...new Set(lines.filter(Boolean))];
    if (entries.length > MAX_ENTRIES) {
      ctx.addIssue({ code: "custom", message: `Не больше ${MAX_ENTRIES} адресов и подсетей` });
      return z.NEVER;
    }
    return entries;
  });
