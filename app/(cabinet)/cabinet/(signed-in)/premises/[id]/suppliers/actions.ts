"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/app/_server/resident-action";
import { mySupplierDetailsSchema, saveMySupplierDetails } from "@/lib/residents/suppliers/my-suppliers";

/** «Сохранить реквизиты платежа» for a supplier of the resident's building. */
export const saveMySupplierDetailsAction = residentAction(mySupplierDetailsSchema, async (ctx, input) => {
  await saveMySupplierDetails(ctx, input);
  revalidatePath(`/cabinet/premises/${input.premiseId}/suppliers`);
});
