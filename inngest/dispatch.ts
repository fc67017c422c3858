import { inngest, inngestConfigured } from "./client";
import { EMAIL_QUEUED, runDeliverEmail, type EmailQueuedData } from "./functions/deliver-email";
import { EXPORT_REQUESTED, runExportInBackground, type ExportRequestedData } from "./functions/run-export";

type Events = { [EMAIL_QUEUED]: EmailQueuedData; [EXPORT_REQUESTED]: ExportRequestedData };

const inlineHandlers: { [K in keyof Events]: (data: Events[K]) => Promise<unknown> } = {
  [EMAIL_QUEUED]: runDeliverEmail,
  [EXPORT_REQUESTED]: runExportInBackground,
};

/**
 * Sends an event to Inngest when a server is configured; otherwise runs the same job inline, so embedded mode
 * behaves like production minus retries. An inline failure is logged, not thrown: the outbox row records it.
 */
export async function dispatch<K extends keyof Events>(name: K, data: Events[K]): Promise<void> {
  if (inngestConfigured()) {
    await inngest.send({ name, data });
    return;
  }
  try {
    await inlineHandlers[name](data);
  } catch (error) {
    console.error(`inline job ${name} failed`, error);
  }
}
