import { activityFiltersFrom } from "@/lib/registry/activity/activity-filters";
import { listPremiseActivity } from "@/lib/registry/activity/list-premise-activity";
import type { StaffContext } from "@/lib/core/context";
import type { PremiseCard } from "@/lib/registry/premises/get-premise";
import { parseListParams } from "@/lib/table/list-params";
import { ActivityTable } from "./activity-table";

type SearchParams = Record<string, string | string[] | undefined>;

export async function ActivityTab({ ctx, premise, searchParams }: { ctx: StaffContext; premise: PremiseCard; searchParams: SearchParams }) {
  const activity = await listPremiseActivity(ctx, premise.id, parseListParams(searchParams), activityFiltersFrom(searchParams));
  return <ActivityTable activity={activity} timezone={ctx.timezone} />;
}
