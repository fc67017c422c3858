"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/app/_server/staff-action";
import { findClients } from "@/lib/registry/clients/find-clients";
import { linkClient } from "@/lib/registry/links/link-client";
import { linkSchema, linkUpdateSchema, unlinkSchema } from "@/lib/registry/links/link-schema";
import { unlinkClient } from "@/lib/registry/links/unlink-client";
import { updateLink } from "@/lib/registry/links/update-link";

/** Both cards show links: the premise's «Клиенты» tab and the client's «Помещения» tab. */
function revalidateCards() {
  revalidatePath("/crm/premises", "layout");
  revalidatePath("/crm/clients", "layout");
}

export const linkClientAction = staffAction("registry.clients.edit", linkSchema, async (ctx, input) => {
  const link = await linkClient(ctx, input);
  revalidateCards();
  return { id: link.id };
});

export const updateLinkAction = staffAction("registry.clients.edit", linkUpdateSchema, async (ctx, input) => {
  await updateLink(ctx, input);
  revalidateCards();
  return { id: input.linkId };
});

export const unlinkClientAction = staffAction("registry.clients.edit", unlinkSchema, async (ctx, input) => {
  await unlinkClient(ctx, input);
  revalidateCards();
  return { id: input.linkId };
});

/** Suggestions for «Добавить»: clients by name or phone typed in any format. */
export const findClientsForLinkAction = staffAction(
  "registry.clients.view",
  z.object({ text: z.string().trim().max(100) }),
  async (ctx, { text }) => findClients(ctx, text, 10),
);
