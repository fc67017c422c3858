import type { RegistryPlan } from "./registry-plan";

/**
 * The plan's lists in the order they are applied: rows exist before rows that refer to them, links are removed
 * before clients left without any are archived. Stored plans keep this order so they can be applied as read.
 */
export const planPartNames = [
  "premises.create",
  "premises.update",
  "clients.create",
  "clients.update",
  "accounts.create",
  "accounts.update",
  "links.remove",
  "links.update",
  "links.create",
  "clients.archive",
  // Invoices are posted before balances are set, so an ОСВ's closing balance counts its own accruals.
  "invoices.create",
  "invoices.lines",
  "invoices.issue",
  "balances",
  "meters.create",
  "readings.create",
  "readings.update",
] as const;
export type PlanPartName = (typeof planPartNames)[number];

export type PlanParts = {
  "premises.create": RegistryPlan["premises"]["create"];
  "premises.update": RegistryPlan["premises"]["update"];
  "clients.create": RegistryPlan["clients"]["create"];
  "clients.update": RegistryPlan["clients"]["update"];
  "accounts.create": RegistryPlan["accounts"]["create"];
  "accounts.update": RegistryPlan["accounts"]["update"];
  "links.remove": RegistryPlan["links"]["remove"];
  "links.update": RegistryPlan["links"]["update"];
  "links.create": RegistryPlan["links"]["create"];
  "clients.archive": RegistryPlan["clients"]["archive"];
  "invoices.create": RegistryPlan["invoices"]["create"];
  "invoices.lines": RegistryPlan["invoices"]["lines"];
  "invoices.issue": RegistryPlan["invoices"]["issue"];
  balances: RegistryPlan["balances"];
  "meters.create": RegistryPlan["meters"]["create"];
  "readings.create": RegistryPlan["readings"]["create"];
  "readings.update": RegistryPlan["readings"]["update"];
};

/** One stored piece of a plan: some rows of one of its lists. */
export type PlanPart = { [K in PlanPartName]: { part: K; items: PlanParts[K] } }[PlanPartName];

export const planParts = (plan: RegistryPlan): PlanParts => ({
  "premises.create": plan.premises.create,
  "premises.update": plan.premises.update,
  "clients.create": plan.clients.create,
  "clients.update": plan.clients.update,
  "accounts.create": plan.accounts.create,
  "accounts.update": plan.accounts.update,
  "links.remove": plan.links.remove,
  "links.update": plan.links.update,
  "links.create": plan.links.create,
  "clients.archive": plan.clients.archive,
  "invoices.create": plan.invoices.create,
  "invoices.lines": plan.invoices.lines,
  "invoices.issue": plan.invoices.issue,
  balances: plan.balances,
  "meters.create": plan.meters.create,
  "readings.create": plan.readings.create,
  "readings.update": plan.readings.update,
});

export const isPlanPartName = (name: string): name is PlanPartName => (planPartNames as readonly string[]).includes(name);
