"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/app/_server/staff-action";
import { cancelInvoice, cancelInvoiceSchema } from "@/lib/billing/cancel-invoice";
import { createInvoice } from "@/lib/billing/invoices/create-invoice";
import { invoiceCreateSchema, invoiceIdSchema, invoiceLinesSaveSchema, invoiceUpdateSchema } from "@/lib/billing/invoices/invoice-schema";
import { saveInvoiceLines } from "@/lib/billing/invoices/save-invoice-lines";
import { updateInvoice } from "@/lib/billing/invoices/update-invoice";
import { issueInvoices } from "@/lib/billing/issue-invoices";
import { premisesWithAccounts } from "@/lib/registry/premises/premises-with-accounts";
import { boundedString } from "@/lib/validation/bounded-string";

// The list and every card show invoices' status and sums.
const refresh = () => revalidatePath("/crm/invoices", "layout");

export const createInvoiceAction = staffAction("finance.invoices.edit", invoiceCreateSchema, async (ctx, input) => {
  const invoice = await createInvoice(ctx, input);
  refresh();
  return { id: invoice.id };
});

export const updateInvoiceAction = staffAction("finance.invoices.edit", invoiceUpdateSchema, async (ctx, input) => {
  await updateInvoice(ctx, input);
  refresh();
  return { id: input.id };
});

export const saveInvoiceLinesAction = staffAction("finance.invoices.edit", invoiceLinesSaveSchema, async (ctx, input) => {
  const saved = await saveInvoiceLines(ctx, input);
  refresh();
  return saved;
});

export const issueInvoiceAction = staffAction("finance.invoices.edit", invoiceIdSchema, async (ctx, { id }) => {
  const result = await issueInvoices(ctx, { invoiceIds: [id] });
  refresh();
  return result;
});

export const cancelInvoiceAction = staffAction("finance.invoices.edit", cancelInvoiceSchema, async (ctx, input) => {
  await cancelInvoice(ctx, input);
  refresh();
  return { id: input.invoiceId };
});

/** «Новый счёт»: the premise picker's search (address, account, client), in the chosen building, with open accounts. */
export const findPremisesForInvoiceAction = staffAction(
  "registry.premises.view",
  z.object({ text: boundedString(100).trim().min(1), buildingId: z.uuid().optional() }),
  async (ctx, { text, buildingId }) => premisesWithAccounts(ctx, text, buildingId),
);
