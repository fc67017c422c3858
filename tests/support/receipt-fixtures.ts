import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bankAccounts, personalAccounts, invoiceLines, invoices, legalEntities, meterReadings, meters, premises, tariffs, type InvoiceStatus } from "@/db/schema";
import { accruedKopecks, invoiceMoney, lineTotalKopecks } from "@/lib/billing/line-arithmetic";
import { addAccount, addClient, addLink, nextTestPhone } from "./resident-fixtures";

/** A payee whose requisites are DOMAIN.md's QR example (checksums valid); its legal entity reused if the org has it. */
export async function makeReceiptPayee(db: Db, orgId: string) {
  const [found] = await db.select({ id: legalEntities.id }).from(legalEntities).where(and(eq(legalEntities.orgId, orgId), eq(legalEntities.inn, "7701000001")));
  const [entity] = found
    ? [found]
    : await db
        .insert(legalEntities)
        .values({ orgId, name: 'ТСЖ "Пример"', inn: "7701000001", kpp: "770101001", address: "г. Москва, ул. Примерная, д. 1", phone: "+74950000000", email: "tsj@example.ru" })
        .returning({ id: legalEntities.id });
  const [bank] = await db
    .insert(bankAccounts)
    .values({ orgId, legalEntityId: entity!.id, bankName: "ПАО СБЕРБАНК", bik: "044525225", settlementAccount: "40703810500000000001", correspondentAccount: "30101810400000000225" })
    .returning();
  return { legalEntityId: entity!.id, bankAccountId: bank!.id };
}

type Service = { name: string; unit: string; qtyMilli: bigint; priceE4: bigint; shownInCabinet?: boolean; common?: bigint; recalculation?: [bigint, string]; benefit?: bigint; penalty?: bigint };

/** A month of ЖКУ as a flat gets it: water by meter with ОДН, maintenance by area, heating with a recalculation. */
export const sampleServices: Service[] = [
  { name: "Холодное водоснабжение", unit: "м³", qtyMilli: 4_500n, priceE4: 521_300n, common: 310n, penalty: 1_234n },
  { name: "Горячее водоснабжение", unit: "м³", qtyMilli: 3_000n, priceE4: 2_689_100n, common: 150n },
  { name: "Содержание жилого помещения", unit: "м²", qtyMilli: 54_300n, priceE4: 352_000n, benefit: 4_000n },
  { name: "Отопление", unit: "Гкал", qtyMilli: 1_250n, priceE4: 29_471_200n, recalculation: [-15_000n, "Перерасчёт по показаниям ОДПУ за февраль"] },
  { name: "Вывоз ТКО", unit: "чел.", qtyMilli: 2_000n, priceE4: 1_200_000n, shownInCabinet: false },
];

type InvoiceOptions = { period?: string; status?: InvoiceStatus; openingBalanceKopecks?: bigint; isActual?: boolean };

/**
 * An invoice written straight into the tables with real line arithmetic, its money the sums of its lines, for the
 * receipts' tests (the billing engine has its own). Status "issued" is set directly: receipts read, never post.
 */
export async function makeReceiptInvoice(
  db: Db,
  at: { orgId: string; buildingId: string; premiseId: string; accountId: string; tariffIds: readonly string[] },
  { period = "2026-03", status = "issued", openingBalanceKopecks = 123_456n, isActual = true }: InvoiceOptions = {},
) {
  const rows = sampleServices.flatMap((service, position) => {
    const tariffId = at.tariffIds[position] ?? null;
    const line = (kind: "service" | "common", qtyMilli: bigint, extra: Partial<Record<"recalculationKopecks" | "benefitKopecks" | "penaltyKopecks", bigint>> & { recalculationReason?: string } = {}) => {
      const money = { accruedKopecks: accruedKopecks([{ qtyMilli, priceE4: service.priceE4 }]), openingDebtKopecks: 0n, recalculationKopecks: 0n, benefitKopecks: 0n, penaltyKopecks: 0n, paidKopecks: 0n, ...extra };
      return { orgId: at.orgId, tariffId, kind, position, serviceName: service.name, unit: service.unit, tariff: { name: service.name }, qty1Milli: qtyMilli, price1E4: service.priceE4, ...money, totalKopecks: lineTotalKopecks(money) };
    };
    const main = line("service", service.qtyMilli, {
      recalculationKopecks: service.recalculation?.[0] ?? 0n,
      recalculationReason: service.recalculation?.[1],
      benefitKopecks: service.benefit ?? 0n,
      penaltyKopecks: service.penalty ?? 0n,
    });
    return service.common ? [main, line("common", service.common)] : [main];
  });
  const money = invoiceMoney(rows, openingBalanceKopecks);
  const [invoice] = await db
    .insert(invoices)
    .values({
      orgId: at.orgId,
      buildingId: at.buildingId,
      premiseId: at.premiseId,
      accountId: at.accountId,
      type: "utilities",
      period,
      status,
      isActual,
      paymentDocumentId: "77АБ123456-01-6031",
      dueDate: `${period}-15`,
      issuedAt: status === "issued" ? new Date(`${period}-05T09:00:00Z`) : null,
      ...money,
    })
    .returning();
  await db.insert(invoiceLines).values(rows.map((r) => ({ ...r, invoiceId: invoice!.id })));
  return invoice!;
}

/** The building's tariffs (made once, with their payee), in the order of sampleServices. */
export async function receiptTariffs(db: Db, orgId: string, buildingId: string): Promise<string[]> {
  const existing = await db.select({ id: tariffs.id }).from(tariffs).where(eq(tariffs.buildingId, buildingId)).orderBy(asc(tariffs.position));
  if (existing.length) return existing.map((t) => t.id);
  const payee = await makeReceiptPayee(db, orgId);
  const rows = await db
    .insert(tariffs)
    .values(sampleServices.map((s, position) => ({ orgId, buildingId, name: s.name, type: "utility" as const, unit: s.unit, position, shownInCabinet: s.shownInCabinet ?? true, ...payee })))
    .returning({ id: tariffs.id });
  return rows.map((t) => t.id);
}

/**
 * A flat with an owner, an account with an ЕЛС, the building's tariffs (one hidden from the cabinet), a meter with
 * readings and an invoice for `period` (issued unless told otherwise).
 */
export async function seedReceipt(db: Db, orgId: string, buildingId: string, number = "12", options: InvoiceOptions = {}) {
  const tariffIds = await receiptTariffs(db, orgId, buildingId);
  const [premise] = await db
    .insert(premises)
    .values({ orgId, buildingId, type: "flat", number, searchText: `кв ${number}`, sortKey: number.padStart(6, "0"), totalArea: "54.30", livingArea: "38.10", registeredResidents: 2 })
    .returning();
  const phone = nextTestPhone();
  const account = await addAccount(db, { orgId, premiseId: premise!.id, number: `77${number.padStart(5, "0")}` });
  await db.update(personalAccounts).set({ els: "77АБ123456" }).where(eq(personalAccounts.id, account.id));
  const owner = await addClient(db, orgId, { lastName: "Иванов", firstName: "Иван", phone });
  await addLink(db, { orgId, premiseId: premise!.id, clientId: owner.id, basis: "owner" });
  const [meter] = await db.insert(meters).values({ orgId, buildingId, premiseId: premise!.id, resource: "cold_water", serialNumber: `ХВ-${number}`, serialKey: `ХВ${number}` }).returning();
  const period = options.period ?? "2026-03";
  const previousPeriod = `${period.slice(0, 4)}-${String(Number(period.slice(5, 7)) - 1).padStart(2, "0")}`;
  await db.insert(meterReadings).values(
    [
      [previousPeriod, 120_250n],
      [period, 124_750n],
    ].map(([p, value]) => ({ orgId, meterId: meter!.id, period: p as string, valueMilli: value as bigint, source: "staff" as const, authorType: "system", authorName: "Тест" })),
  );
  const invoice = await makeReceiptInvoice(db, { orgId, buildingId, premiseId: premise!.id, accountId: account.id, tariffIds }, options);
  return { premise: premise!, account, owner, ownerPhone: phone, invoice, tariffIds, meter: meter! };
}
