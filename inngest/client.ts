import { Inngest } from "inngest";
import { env } from "@/lib/core/env";

export const inngest = new Inngest({ id: "domkom" });

/** An Inngest server is in use only when configured; otherwise jobs run inline in this process. */
export const inngestConfigured = () => Boolean(env().INNGEST_EVENT_KEY || env().INNGEST_DEV);
