import type { StaffContext } from "@/lib/core/context";
import { listDirectory } from "@/lib/org/building-directories";
import { buildingOptions } from "@/lib/registry/premises/building-options";
import { listTags } from "@/lib/registry/tags/list-tags";
import type { ClientFilterOptions } from "./clients-table";

export async function clientFilterOptions(ctx: StaffContext): Promise<ClientFilterOptions> {
  const [groups, quarters, buildings, tags] = await Promise.all([listDirectory(ctx, "group"), listDirectory(ctx, "quarter"), buildingOptions(ctx), listTags(ctx)]);
  const toOption = (r: { id: string; name: string }) => ({ value: r.id, label: r.name });
  return { groups: groups.map(toOption), quarters: quarters.map(toOption), buildings, tags: tags.map(toOption) };
}
