"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/app/_server/staff-action";
import { addClientExternalId } from "@/lib/registry/clients/add-client-external-id";
import {
  addClientExternalIdSchema,
  removeClientExternalIdSchema,
  updateClientExternalIdSchema,
} from "@/lib/registry/clients/client-external-id-schema";
import { clientIdentifiersSchema, clientSchema, clientUpdateSchema } from "@/lib/registry/clients/client-schema";
import { createClient } from "@/lib/registry/clients/create-client";
import { removeClientExternalId } from "@/lib/registry/clients/remove-client-external-id";
import { setClientArchived, setClientArchivedSchema } from "@/lib/registry/clients/set-client-archived";
import { updateClient } from "@/lib/registry/clients/update-client";
import { updateClientExternalId } from "@/lib/registry/clients/update-client-external-id";
import { updateClientIdentifiers } from "@/lib/registry/clients/update-client-identifiers";
import { formatPremiseAddress } from "@/lib/registry/premise-address";
import { listPremises } from "@/lib/registry/premises/list-premises";
import { linkedClientsByPremise } from "./[id]/linked-clients-by-premise";

const refresh = (id?: string) => {
  revalidatePath("/crm/clients");
  if (id) revalidatePath(`/crm/clients/${id}`);
};

export const createClientAction = staffAction("registry.clients.edit", clientSchema, async (ctx, input) => {
  const client = await createClient(ctx, input);
  refresh();
  return { id: client.id };
});

export const updateClientAction = staffAction("registry.clients.edit", clientUpdateSchema, async (ctx, input) => {
  await updateClient(ctx, input);
  refresh(input.id);
  return { id: input.id };
});

export const updateClientIdentifiersAction = staffAction("registry.clients.edit", clientIdentifiersSchema, async (ctx, input) => {
  await updateClientIdentifiers(ctx, input);
  refresh(input.id);
  return { id: input.id };
});

export const setClientArchivedAction = staffAction("registry.clients.edit", setClientArchivedSchema, async (ctx, input) => {
  await setClientArchived(ctx, input);
  refresh(input.id);
  return { id: input.id };
});

export const addClientExternalIdAction = staffAction("registry.clients.edit", addClientExternalIdSchema, async (ctx, input) => {
  const row = await addClientExternalId(ctx, input);
  refresh(input.clientId);
  return { id: row.id };
});

export const updateClientExternalIdAction = staffAction("registry.clients.edit", updateClientExternalIdSchema, async (ctx, input) => {
  const row = await updateClientExternalId(ctx, input);
  refresh(row.clientId);
  return { id: row.id };
});

export const removeClientExternalIdAction = staffAction("registry.clients.edit", removeClientExternalIdSchema, async (ctx, input) => {
  const { clientId } = await removeClientExternalId(ctx, input);
  refresh(clientId);
  return { id: input.id };
});

/** «Помещения → Добавить» on the client card: premises by address («Ленина 5 12»), account or client. */
export const findPremisesForLinkAction = staffAction("registry.premises.view", z.object({ text: z.string().trim().min(1).max(100) }), async (ctx, { text }) => {
  const { rows } = await listPremises(ctx, { page: 1, size: 10, dir: "asc", q: text });
  return rows.map((r) => ({ id: r.id, address: formatPremiseAddress(r.buildingAddress, r), clients: r.clients }));
});

/** Who is already linked to the chosen premise, so a tenant or resident can be made to depend on its owner. */
export const premiseLinksForLinkAction = staffAction("registry.premises.view", z.object({ premiseId: z.uuid("Неверный идентификатор") }), async (ctx, { premiseId }) =>
  (await linkedClientsByPremise(ctx, [premiseId]))[premiseId] ?? [],
);
