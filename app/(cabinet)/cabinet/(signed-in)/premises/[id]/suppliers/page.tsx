import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { residentPage } from "@/app/_server/resident-page";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { AppError } from "@/lib/core/errors";
import { listMySuppliers } from "@/lib/residents/suppliers/my-suppliers";
import { SupplierDetailsForm } from "./supplier-details-form";

export const metadata: Metadata = { title: "Внешние поставщики" };

async function loadSuppliers(id: string) {
  const ctx = await residentPage();
  if (!z.uuid().safeParse(id).success) notFound();
  try {
    return await listMySuppliers(ctx, id);
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}

export default async function MySuppliersPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const suppliers = await loadSuppliers(id);
  return (
    <>
      <Link href={`/cabinet/premises/${id}/invoices`} className="text-sm text-muted-foreground">
        ← Счета
      </Link>
      <h1 className="text-xl font-semibold">Внешние поставщики</h1>
      {suppliers.length === 0 && <p className="text-sm text-muted-foreground">Управляющая организация не добавила внешних поставщиков для вашего дома.</p>}
      {suppliers.map((s) => (
        <Card key={s.id} className="gap-3 py-4" data-testid="my-supplier">
          <CardHeader className="px-4">
            <CardTitle className="text-base break-words">{s.name}</CardTitle>
            <p className="text-xs text-muted-foreground break-words">
              ИНН {s.inn}
              {s.kpp && `, КПП ${s.kpp}`}
              {s.bankName && ` · ${s.bankName}`}
              {s.bik && `, БИК ${s.bik}`}
              {s.settlementAccount && `, р/с ${s.settlementAccount}`}
            </p>
          </CardHeader>
          {s.payerFields.length > 0 && (
            <CardContent className="px-4">
              <SupplierDetailsForm premiseId={id} supplierId={s.id} fields={s.payerFields} saved={s.saved} />
            </CardContent>
          )}
        </Card>
      ))}
    </>
  );
}
