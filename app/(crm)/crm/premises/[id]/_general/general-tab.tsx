import type { StaffContext } from "@/lib/core/context";
import { formatDateTime } from "@/lib/core/date-time";
import { buildingOptions } from "@/lib/registry/premises/building-options";
import type { PremiseCard } from "@/lib/registry/premises/get-premise";
import { listTags } from "@/lib/registry/tags/list-tags";
import { areaInputText } from "@/lib/validation/premise-facts";
import { PremiseGeneralForm } from "./premise-general-form";

export async function GeneralTab({ ctx, premise }: { ctx: StaffContext; premise: PremiseCard }) {
  const [options, tags] = await Promise.all([buildingOptions(ctx), listTags(ctx)]);
  // A premise whose building was archived since still shows (and keeps) it.
  const buildings = options.some((o) => o.value === premise.buildingId) ? options : [{ value: premise.buildingId, label: premise.buildingAddress }, ...options];
  return (
    <div className="space-y-6">
      <PremiseGeneralForm
        id={premise.id}
        archived={premise.archivedAt !== null}
        canEdit={ctx.permissions.has("registry.premises.edit")}
        buildings={buildings}
        tagSuggestions={tags.map((t) => t.name)}
        values={{
          buildingId: premise.buildingId,
          type: premise.type,
          number: premise.number,
          entrance: premise.entrance ?? "",
          floor: premise.floor ?? "",
          totalArea: areaInputText(premise.totalArea),
          livingArea: areaInputText(premise.livingArea),
          rooms: premise.rooms === null ? "" : String(premise.rooms),
          registeredResidents: premise.registeredResidents === null ? "" : String(premise.registeredResidents),
          onlinePayment: premise.onlinePayment,
          note: premise.note ?? "",
          externalId: premise.externalId ?? "",
          tags: premise.tags,
        }}
      />
      <p className="text-sm text-muted-foreground">
        Создано {formatDateTime(premise.createdAt, ctx.timezone, "long")} · обновлено {formatDateTime(premise.updatedAt, ctx.timezone, "long")}
      </p>
    </div>
  );
}
