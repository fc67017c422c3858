"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/app/_server/staff-action";
import { archiveGateway } from "@/lib/payments/gateways/archive-gateway";
import { createGateway } from "@/lib/payments/gateways/create-gateway";
import { gatewayArchiveSchema, gatewayCreateSchema, gatewayUpdateSchema } from "@/lib/payments/gateways/gateway-schema";
import { updateGateway } from "@/lib/payments/gateways/update-gateway";

const PAGE = "/crm/settings/payments";

export const createGatewayAction = staffAction("settings.integrations", gatewayCreateSchema, async (ctx, input) => {
  const created = await createGateway(ctx, input);
  revalidatePath(PAGE);
  return created;
});

export const updateGatewayAction = staffAction("settings.integrations", gatewayUpdateSchema, async (ctx, input) => {
  await updateGateway(ctx, input.id, input.values);
  revalidatePath(PAGE);
  return { id: input.id };
});

export const archiveGatewayAction = staffAction("settings.integrations", gatewayArchiveSchema, async (ctx, input) => {
  await archiveGateway(ctx, input.id);
  revalidatePath(PAGE);
  return { id: input.id };
});
