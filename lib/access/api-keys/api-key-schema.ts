import { z } from "zod";
import { ipAllowlistSchema } from "@/lib/org/ip-allowlist-schema";
import { apiKeyScopes } from "./api-key-scopes";

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, "Укажите название ключа").max(100, "Название: не длиннее 100 символов"),
  scopes: z
    .array(z.enum(apiKeyScopes))
    .min(1, "Выберите хотя бы одно право")
    .transform((scopes) => [...new Set(scopes)]),
  /** Empty: the organisation's staff allow-list applies to the key. */
  ipAllowlist: ipAllowlistSchema.transform((entries) => (entries.length ? entries : null)),
});
export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({ id: z.uuid("Неверный идентификатор") });
