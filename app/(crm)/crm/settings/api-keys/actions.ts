"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/app/_server/staff-action";
import { createApiKeySchema, revokeApiKeySchema } from "@/lib/access/api-keys/api-key-schema";
import { createApiKey } from "@/lib/access/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/access/api-keys/revoke-api-key";

/** Returns the secret: the only moment anyone sees it. */
export const createApiKeyAction = staffAction("settings.integrations", createApiKeySchema, async (ctx, input) => {
  const { id, key, prefix } = await createApiKey(ctx, input);
  revalidatePath("/crm/settings/api-keys");
  return { id, key, prefix };
});

export const revokeApiKeyAction = staffAction("settings.integrations", revokeApiKeySchema, async (ctx, input) => {
  await revokeApiKey(ctx, input);
  revalidatePath("/crm/settings/api-keys");
  return { id: input.id };
});
