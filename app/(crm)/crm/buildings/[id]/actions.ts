"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/app/_server/staff-action";
import { buildingPaymentSettingsSchema } from "@/lib/billing/billing-settings-schema";
import { createTariff } from "@/lib/billing/tariffs/create-tariff";
import { deleteTariff } from "@/lib/billing/tariffs/delete-tariff";
import { tariffCreateSchema, tariffDeleteSchema, tariffUpdateSchema } from "@/lib/billing/tariffs/tariff-schema";
import { updateTariff } from "@/lib/billing/tariffs/update-tariff";
import { updateBuildingPaymentSettings } from "@/lib/billing/update-building-payment-settings";
import { attachSupplier, createSupplier, detachSupplier } from "@/lib/payments/suppliers/building-suppliers";
import { buildingSupplierSchema, supplierCreateSchema } from "@/lib/payments/suppliers/supplier-schema";

export const createTariffAction = staffAction("finance.tariffs.edit", tariffCreateSchema, async (ctx, input) => {
  const tariff = await createTariff(ctx, input);
  revalidatePath(`/crm/buildings/${input.buildingId}`);
  return { id: tariff.id };
});

export const updateTariffAction = staffAction("finance.tariffs.edit", tariffUpdateSchema, async (ctx, input) => {
  const tariff = await updateTariff(ctx, input);
  revalidatePath(`/crm/buildings/${tariff.buildingId}`);
  return { id: input.id };
});

export const deleteTariffAction = staffAction("finance.tariffs.edit", tariffDeleteSchema, async (ctx, input) => {
  const { buildingId } = await deleteTariff(ctx, input);
  revalidatePath(`/crm/buildings/${buildingId}`);
  return { id: input.id };
});

export const updateBuildingPaymentSettingsAction = staffAction("finance.tariffs.edit", buildingPaymentSettingsSchema, async (ctx, input) => {
  await updateBuildingPaymentSettings(ctx, input);
  revalidatePath(`/crm/buildings/${input.buildingId}`);
  return { saved: true };
});

export const attachSupplierAction = staffAction("finance.tariffs.edit", buildingSupplierSchema, async (ctx, input) => {
  await attachSupplier(ctx, input);
  revalidatePath(`/crm/buildings/${input.buildingId}`);
});

export const detachSupplierAction = staffAction("finance.tariffs.edit", buildingSupplierSchema, async (ctx, input) => {
  await detachSupplier(ctx, input);
  revalidatePath(`/crm/buildings/${input.buildingId}`);
});

export const createSupplierAction = staffAction("finance.tariffs.edit", supplierCreateSchema, async (ctx, input) => {
  const supplier = await createSupplier(ctx, input);
  revalidatePath(`/crm/buildings/${input.buildingId}`);
  return supplier;
});
