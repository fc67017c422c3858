import type { RegistryPlan } from "./registry-plan";

/** Counts for the exchange log and the result screen. */
export const planSummary = (plan: RegistryPlan, rows: number) => ({
  rows,
  premisesCreated: plan.premises.create.length,
  premisesUpdated: plan.premises.update.length,
  accountsCreated: plan.accounts.create.length,
  accountsUpdated: plan.accounts.update.length,
  clientsCreated: plan.clients.create.length,
  clientsUpdated: plan.clients.update.length,
  clientsArchived: plan.clients.archive.length,
  linksCreated: plan.links.create.length,
  linksUpdated: plan.links.update.length,
  linksRemoved: plan.links.remove.length,
  balancesSet: plan.balances.length,
  metersCreated: plan.meters.create.length,
  readingsCreated: plan.readings.create.filter((r) => r.kind === "regular").length,
  readingsUpdated: plan.readings.update.length,
  invoicesCreated: plan.invoices.create.length,
  invoicesIssued: plan.invoices.issue.length,
});
export type PlanSummary = ReturnType<typeof planSummary>;
