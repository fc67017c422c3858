import { Inngest } from "inngest";

export const inngest = new Inngest({ id: "domkom" });

/** An Inngest server is in use only when configured; otherwise jobs run inline in this process. */
export const inngestConfigured = () => Boolean(process.env.INNGEST_EVENT_KEY || process.env.INNGEST_DEV);
