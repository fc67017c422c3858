import { z } from "zod";

/** Tag names as typed: trimmed, blank ones dropped, repeats (ignoring case) collapsed. */
export const tagNamesSchema = z
  .array(z.string().trim().max(50, "Тег: не длиннее 50 символов"))
  .max(30, "Не больше 30 тегов")
  .default([])
  .transform((names) => {
    const seen = new Set<string>();
    return names.filter((name) => {
      const key = name.toLowerCase();
      if (!name || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });

export const setPremiseTagsSchema = z.object({ premiseId: z.uuid("Неверный идентификатор"), names: tagNamesSchema });
export const setClientTagsSchema = z.object({ clientId: z.uuid("Неверный идентификатор"), names: tagNamesSchema });
