import { z } from "zod";
import { debtReminderChannels } from "@/db/schema";
import { boundedString } from "@/lib/validation/bounded-string";

/** «Напомнить о долге»: the channel, and the debtors list's URL query (search and filters) it was pressed on. */
export const debtReminderSchema = z.object({
  channel: z.enum(debtReminderChannels, { error: "Выберите, как напомнить: письмом или SMS" }),
  query: z.record(boundedString(40), boundedString(200)).refine((q) => Object.keys(q).length <= 30, "Слишком много параметров фильтра"),
});
export type DebtReminderInput = z.output<typeof debtReminderSchema>;

export const debtReminderChannelLabels = { email: "Письмо на email", sms: "SMS" } as const;
