import type { z } from "zod";
import { clientIdentifierFields, clientProfileFields, externalIdSchema, withNameRules } from "./client-schema";

/** A client as an accounting system sends it (REST API, imports): the profile keyed by its external id. */
export const clientUpsertSchema = withNameRules(clientProfileFields.extend(clientIdentifierFields.shape).extend({ externalId: externalIdSchema }));
export type ClientUpsertData = z.output<typeof clientUpsertSchema>;
export type ClientUpsertField = Exclude<keyof ClientUpsertData, "externalId">;
