import type { ApiKeyScope } from "@/lib/access/api-keys/api-key-scopes";
import type { StaffContext } from "@/lib/core/context";
import { accountBulkSpec } from "./accounts/account-bulk-spec";
import { accountsReader } from "./accounts/read-api-accounts";
import { apiListQuerySchema, parseApiQuery } from "./api-page";
import { buildingBulkSpec } from "./buildings/building-bulk-spec";
import { buildingsReader } from "./buildings/read-api-buildings";
import { clientBulkSpec } from "./clients/client-bulk-spec";
import { clientListQuerySchema, clientsReader, listApiClients } from "./clients/read-api-clients";
import { premiseBulkSpec } from "./premises/premise-bulk-spec";
import { premisesReader } from "./premises/read-api-premises";
import { runBulk, type BulkResponse } from "./run-bulk";

type Resource = {
  writeScope: ApiKeyScope;
  list: (ctx: StaffContext, url: string) => Promise<unknown>;
  get: (ctx: StaffContext, by: { id: string } | { externalId: string }) => Promise<unknown>;
  bulk: (ctx: StaffContext, body: unknown) => Promise<BulkResponse>;
};

/** Every kind the REST API serves, each the same way: list, one by id or external id, bulk upsert. */
export const apiResources = {
  buildings: {
    writeScope: "buildings:write",
    list: (ctx, url) => buildingsReader.list(ctx, parseApiQuery(url, apiListQuerySchema)),
    get: buildingsReader.get,
    bulk: (ctx, body) => runBulk(ctx, body, buildingBulkSpec()),
  },
  premises: {
    writeScope: "premises:write",
    list: (ctx, url) => premisesReader.list(ctx, parseApiQuery(url, apiListQuerySchema)),
    get: premisesReader.get,
    bulk: (ctx, body) => runBulk(ctx, body, premiseBulkSpec()),
  },
  clients: {
    writeScope: "clients:write",
    list: (ctx, url) => listApiClients(ctx, parseApiQuery(url, clientListQuerySchema)),
    get: clientsReader.get,
    bulk: (ctx, body) => runBulk(ctx, body, clientBulkSpec()),
  },
  accounts: {
    writeScope: "accounts:write",
    list: (ctx, url) => accountsReader.list(ctx, parseApiQuery(url, apiListQuerySchema)),
    get: accountsReader.get,
    bulk: (ctx, body) => runBulk(ctx, body, accountBulkSpec()),
  },
} satisfies Record<string, Resource>;
export type ApiResourceName = keyof typeof apiResources;
