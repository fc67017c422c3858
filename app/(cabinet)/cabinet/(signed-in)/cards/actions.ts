"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/app/_server/resident-action";
import { removeMySavedCard } from "@/lib/residents/payments/my-saved-cards";

export const removeSavedCardAction = residentAction(z.object({ cardId: z.uuid() }), async (ctx, { cardId }) => {
  await removeMySavedCard(ctx, cardId);
  revalidatePath("/cabinet/cards");
});
