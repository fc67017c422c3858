import { getTableColumns, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { clients, premiseClients } from "@/db/schema";
import { clientNameSql } from "./client-name";

/** The client a link depends on; join it with `leftJoin(masterClient, eq(masterClient.id, premiseClients.dependsOnClientId))`. */
export const masterClient = alias(clients, "master_client");

/** A link with the names lists show: the client's and that of the owner they depend on. */
export const linkRowColumns = {
  ...getTableColumns(premiseClients),
  clientName: clientNameSql(clients),
  clientPhone: clients.phone,
  masterName: sql<string | null>`case when ${masterClient.id} is null then null else ${clientNameSql(masterClient)} end`,
};

/** Owners first, then those who depend on them, as the seed lists the bases. */
export const basisOrder = sql`case ${premiseClients.basis} when 'owner' then 0 when 'unconfirmed_owner' then 1 when 'representative' then 2 when 'resident' then 3 else 4 end`;
