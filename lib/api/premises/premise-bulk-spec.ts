import { createPremise } from "@/lib/registry/premises/create-premise";
import { updatePremise } from "@/lib/registry/premises/update-premise";
import type { BulkSpec } from "../run-bulk";
import { preparePremiseItems, type PreparedPremise } from "./prepare-premise-items";

/**
 * POST /api/v1/premises: upsert by external id through the premise services staff use. A premise entered by hand
 * before the integration (same building, type and number, no external id) is adopted: `linked`.
 */
export function premiseBulkSpec(): BulkSpec<PreparedPremise> {
  return {
    kind: "api.premises",
    prepare: preparePremiseItems,
    write: async (ctx, { data: { existing, premise, unchanged } }) => {
      if (!existing) return { id: (await createPremise(ctx, premise)).id, outcome: "created" };
      if (unchanged) return { id: existing.id, outcome: "unchanged" };
      await updatePremise(ctx, { ...premise, id: existing.id });
      return { id: existing.id, outcome: existing.adopted ? "linked" : "updated" };
    },
  };
}
