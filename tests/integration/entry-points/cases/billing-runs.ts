import { startBillingRunSchema } from "@/lib/billing/run/billing-run-schema";
import { startBillingRun } from "@/lib/billing/run/start-billing-run";
import type { EntryCases, Fixture } from "../case-types";

const actions = "app/(crm)/crm/billing/actions.ts";

/**
 * A queued run of organisation A, made once on the first attack — long before the test that snapshots A — so every
 * case aims at the same real id of A's.
 */
let runOfA: Promise<string> | undefined;
const aRun = (fx: Fixture) =>
  (runOfA ??= startBillingRun(fx.a.director, startBillingRunSchema.parse({ month: 5, year: 2026, buildingIds: [fx.aData.building.id] })).then((r) => r.id));

export const cases: EntryCases = {
  actions: [
    {
      target: `${actions}#startBillingRunAction`,
      access: "finance.billing.run",
      attack: ({ aData }) => ({ month: "6", year: "2026", allBuildings: false, buildingIds: [aData.building.id] }),
    },
    { target: `${actions}#recalculateBillingRunAction`, access: "finance.billing.run", attack: async (fx) => ({ runId: await aRun(fx) }) },
    { target: `${actions}#continueBillingRunAction`, access: "finance.billing.run", attack: async (fx) => ({ runId: await aRun(fx) }) },
    { target: `${actions}#issueBillingRunAction`, access: "finance.billing.run", attack: async (fx) => ({ runId: await aRun(fx) }) },
  ],
};
