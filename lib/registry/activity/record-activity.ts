import type { Db } from "@/db/client";
import { activities } from "@/db/schema";
import type { ActivityType } from "./activity-types";

export type ActivityEntry = {
  orgId: string;
  premiseId?: string | null;
  clientId?: string | null;
  type: ActivityType;
  /** What happened, in Russian, as the timeline's «Тема» column shows it. */
  subject: string;
  status?: string | null;
};

/** Adds an event to the premise's and/or client's timeline; call inside the transaction that made the change. */
export async function recordActivity(tx: Db, entry: ActivityEntry): Promise<void> {
  await tx.insert(activities).values({
    orgId: entry.orgId,
    premiseId: entry.premiseId ?? null,
    clientId: entry.clientId ?? null,
    type: entry.type,
    subject: entry.subject,
    status: entry.status ?? null,
  });
}
