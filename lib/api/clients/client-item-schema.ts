import { z } from "zod";
import { linkBases } from "@/db/schema";
import { clientIdentifierFields, clientProfileFields, externalIdSchema, withNameRules } from "@/lib/registry/clients/client-schema";
import { needsMaster } from "@/lib/registry/links/link-bases";

const clientLinkItemSchema = z
  .strictObject({
    premiseExternalId: externalIdSchema,
    basis: z.enum(linkBases, "Основание: owner, resident, representative, tenant или unconfirmed_owner").default("owner"),
    /** External id of the owner this resident, tenant or representative depends on. */
    dependsOnExternalId: externalIdSchema.nullish().transform((v) => v ?? null),
  })
  .superRefine((link, ctx) => {
    if (needsMaster(link.basis) && !link.dependsOnExternalId) {
      ctx.addIssue({ code: "custom", path: ["dependsOnExternalId"], message: "Укажите внешний идентификатор собственника, от которого зависит клиент" });
    }
  });

/**
 * A client in POST /api/v1/clients. `links`, when sent, is the client's complete set of premises: missing links are
 * added, a changed basis is updated, and links not listed end unless staff marked them «не удалять при интеграции».
 * Unknown fields are refused, so a typo such as `middlename` is reported instead of silently dropped.
 */
export const clientItemSchema = withNameRules(
  clientProfileFields.extend(clientIdentifierFields.shape).extend({
    externalId: externalIdSchema,
    links: z.array(clientLinkItemSchema).max(50, "Не больше 50 помещений у одного клиента").optional(),
  }).strict(),
);
export type ClientItem = z.output<typeof clientItemSchema>;
