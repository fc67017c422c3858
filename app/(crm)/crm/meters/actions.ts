"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/app/_server/staff-action";
import { createMeter } from "@/lib/meters/create-meter";
import { editReading } from "@/lib/meters/edit-reading";
import { decommissionSchema, meterCreateSchema, meterReplaceSchema, meterUpdateSchema, readingEditSchema } from "@/lib/meters/meter-schema";
import { premisesWithAccounts } from "@/lib/registry/premises/premises-with-accounts";
import { decommissionMeter, replaceMeter } from "@/lib/meters/retire-meter";
import { updateMeter } from "@/lib/meters/update-meter";
import { boundedString } from "@/lib/validation/bounded-string";

// The list, the cards and the premise's «Приборы учёта» tab all show meters.
const refresh = () => {
  revalidatePath("/crm/meters", "layout");
  revalidatePath("/crm/premises", "layout");
};

export const createMeterAction = staffAction("finance.meters.edit", meterCreateSchema, async (ctx, input) => {
  const meter = await createMeter(ctx, input);
  refresh();
  return { id: meter.id };
});

export const updateMeterAction = staffAction("finance.meters.edit", meterUpdateSchema, async (ctx, input) => {
  await updateMeter(ctx, input);
  refresh();
  return { id: input.id };
});

export const replaceMeterAction = staffAction("finance.meters.edit", meterReplaceSchema, async (ctx, input) => {
  const meter = await replaceMeter(ctx, input);
  refresh();
  return { id: meter.id };
});

export const decommissionMeterAction = staffAction("finance.meters.edit", decommissionSchema, async (ctx, input) => {
  await decommissionMeter(ctx, input);
  refresh();
  return { id: input.id };
});

export const editReadingAction = staffAction("finance.readings.correct", readingEditSchema, async (ctx, input) => {
  const reading = await editReading(ctx, input);
  refresh();
  return { id: reading.id };
});

/** «Добавить прибор»: the premise picker's search (address, account, client), each premise with its open accounts. */
export const findPremisesForMeterAction = staffAction("registry.premises.view", z.object({ text: boundedString(100).trim().min(1) }), async (ctx, { text }) =>
  premisesWithAccounts(ctx, text),
);
