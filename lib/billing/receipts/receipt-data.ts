import { and, asc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import {
  bankAccounts,
  buildings,
  clients,
  invoiceLines,
  invoices,
  legalEntities,
  meters,
  organisations,
  personalAccounts,
  premiseClients,
  premises,
  tariffs,
  type InvoiceLineKind,
  type InvoiceStatus,
  type InvoiceType,
  type MeterResource,
  type MeterZone,
} from "@/db/schema";
import { formatClientName } from "@/lib/registry/clients/client-name";
import { formatPremiseAddress } from "@/lib/registry/premise-address";
import { previousReading, readingHistory, readingKey } from "@/lib/meters/reading-history";
import { meterZones } from "@/lib/meters/meter-vocabulary";

export type ReceiptPayee = {
  name: string;
  inn: string;
  kpp: string | null;
  bankName: string;
  bic: string;
  settlementAccount: string;
  correspondentAccount: string;
  /** What this payee's QR asks for: its lines' totals (and the opening balance for the first payee). */
  dueKopecks: bigint;
};

export type ReceiptLine = {
  serviceName: string;
  unit: string;
  kind: InvoiceLineKind;
  /** Σ of the zones' quantities, thousandths. */
  qtyMilli: bigint;
  /** The price of the first zone; zones of one line share a unit, the receipt shows their prices apart below. */
  priceE4: bigint;
  zonePricesE4: bigint[];
  accruedKopecks: bigint;
  openingDebtKopecks: bigint;
  recalculationKopecks: bigint;
  recalculationReason: string | null;
  benefitKopecks: bigint;
  penaltyKopecks: bigint;
  paidKopecks: bigint;
  totalKopecks: bigint;
  /** Shown to the resident by name; hidden ones still count, as «Прочие услуги». */
  shownInCabinet: boolean;
  payeeIndex: number;
};

export type ReceiptMeterReading = {
  resource: MeterResource;
  serialNumber: string;
  zone: MeterZone;
  previous: bigint | null;
  current: bigint | null;
};

export type ReceiptData = {
  invoiceId: string;
  orgId: string;
  buildingId: string;
  premiseId: string;
  type: InvoiceType;
  status: InvoiceStatus;
  isActual: boolean;
  period: string;
  dueDate: string | null;
  paymentDocumentId: string | null;
  accountNumber: string;
  els: string | null;
  payer: { name: string; lastName: string | null; firstName: string | null; middleName: string | null; address: string };
  areas: { total: string | null; living: string | null };
  registeredResidents: number | null;
  provider: { name: string; inn: string; address: string | null; phone: string | null; email: string | null; hours: string | null };
  payees: ReceiptPayee[];
  lines: ReceiptLine[];
  meters: ReceiptMeterReading[];
  penaltiesOneLine: boolean;
  money: {
    openingBalanceKopecks: bigint;
    accruedKopecks: bigint;
    recalculationKopecks: bigint;
    benefitKopecks: bigint;
    penaltyKopecks: bigint;
    paidKopecks: bigint;
    totalKopecks: bigint;
  };
};

/** Map.groupBy arrives with Node 21; the machines run 20. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const payeeEntity = alias(legalEntities, "payee_entity");
const providerEntity = alias(legalEntities, "provider_entity");

/** Water first, as residents read their meters out: ХВС, ГВС, then electricity, heat, gas. */
const resourceOrder: readonly MeterResource[] = ["cold_water", "hot_water", "electricity", "heating", "gas"];

/** Owners before residents and tenants: the receipt is made out to whoever the premise belongs to. */
const payerOrder = sql`case ${premiseClients.basis} when 'owner' then 0 when 'unconfirmed_owner' then 1 when 'tenant' then 2 else 3 end`;

/**
 * Everything an ЕПД prints, for many invoices in a few set-based queries (one invoice's receipt and a building's batch
 * of a thousand read the same way). The caller has checked the organisation, scope and status; ids of another
 * organisation are dropped here anyway. The result keeps the order of `invoiceIds`.
 *
 * The provider is the account's legal entity, else the building's, else the organisation itself; payees are the
 * legal entities and bank accounts of the lines' tariffs, in the order they first appear.
 */
export async function loadReceiptData(db: Db, orgId: string, invoiceIds: readonly string[]): Promise<ReceiptData[]> {
  if (!invoiceIds.length) return [];
  const ids = [...invoiceIds];
  const heads = await db
    .select({
      invoice: invoices,
      accountNumber: personalAccounts.number,
      els: personalAccounts.els,
      premise: { type: premises.type, number: premises.number, totalArea: premises.totalArea, livingArea: premises.livingArea, registeredResidents: premises.registeredResidents },
      buildingAddress: buildings.address,
      penaltiesOneLine: buildings.penaltiesOneLine,
      organisation: { name: organisations.name, inn: organisations.inn, address: organisations.address, phone: organisations.phone, email: organisations.email, hours: organisations.receptionHours },
      entity: { name: providerEntity.name, inn: providerEntity.inn, address: providerEntity.address, phone: providerEntity.phone, email: providerEntity.email },
    })
    .from(invoices)
    .innerJoin(personalAccounts, eq(personalAccounts.id, invoices.accountId))
    .innerJoin(premises, eq(premises.id, invoices.premiseId))
    .innerJoin(buildings, eq(buildings.id, invoices.buildingId))
    .innerJoin(organisations, eq(organisations.id, invoices.orgId))
    .leftJoin(providerEntity, eq(providerEntity.id, sql`coalesce(${personalAccounts.legalEntityId}, ${buildings.legalEntityId})`))
    .where(and(eq(invoices.orgId, orgId), inArray(invoices.id, ids)));
  if (!heads.length) return [];
  const premiseIds = [...new Set(heads.map((h) => h.invoice.premiseId))];

  const [lines, payers, premiseMeters] = await Promise.all([
    db
      .select({
        line: invoiceLines,
        shownInCabinet: tariffs.shownInCabinet,
        payee: { name: payeeEntity.name, inn: payeeEntity.inn, kpp: payeeEntity.kpp },
        bank: { id: bankAccounts.id, bankName: bankAccounts.bankName, bic: bankAccounts.bik, settlementAccount: bankAccounts.settlementAccount, correspondentAccount: bankAccounts.correspondentAccount },
      })
      .from(invoiceLines)
      .leftJoin(tariffs, eq(tariffs.id, invoiceLines.tariffId))
      .leftJoin(payeeEntity, eq(payeeEntity.id, tariffs.legalEntityId))
      .leftJoin(bankAccounts, eq(bankAccounts.id, tariffs.bankAccountId))
      .where(and(eq(invoiceLines.orgId, orgId), inArray(invoiceLines.invoiceId, ids)))
      .orderBy(asc(invoiceLines.position), sql`${invoiceLines.kind} = 'common'`, asc(invoiceLines.id)),
    db
      .selectDistinctOn([premiseClients.premiseId], { premiseId: premiseClients.premiseId, lastName: clients.lastName, firstName: clients.firstName, middleName: clients.middleName })
      .from(premiseClients)
      .innerJoin(clients, eq(clients.id, premiseClients.clientId))
      .where(and(eq(premiseClients.orgId, orgId), inArray(premiseClients.premiseId, premiseIds), isNull(premiseClients.removedAt), isNull(clients.archivedAt)))
      .orderBy(premiseClients.premiseId, payerOrder, asc(premiseClients.createdAt)),
    db
      .select({ id: meters.id, premiseId: meters.premiseId, resource: meters.resource, serialNumber: meters.serialNumber, zones: meters.zones })
      .from(meters)
      .where(and(eq(meters.orgId, orgId), inArray(meters.premiseId, premiseIds), ne(meters.status, "decommissioned")))
      .orderBy(asc(meters.serialNumber)),
  ]);
  const history = await readingHistory(db, orgId, premiseMeters.map((m) => m.id));
  const payerOf = new Map(payers.map((p) => [p.premiseId, p]));
  const linesOf = groupBy(lines, (l) => l.line.invoiceId);
  const metersOf = groupBy(premiseMeters, (m) => m.premiseId ?? "");
  const byId = new Map(heads.map((h) => [h.invoice.id, h]));

  return ids.flatMap((id) => {
    const head = byId.get(id);
    if (!head) return [];
    const { invoice } = head;
    const payees: ReceiptPayee[] = [];
    const payeeIndexOf = new Map<string, number>();
    const receiptLines = (linesOf.get(id) ?? []).map(({ line, shownInCabinet, payee, bank }) => {
      let payeeIndex = 0;
      if (payee && bank) {
        payeeIndex = payeeIndexOf.get(bank.id) ?? payees.push({ ...payee, ...bank, dueKopecks: 0n }) - 1;
        payeeIndexOf.set(bank.id, payeeIndex);
      }
      const zonePrices = [line.price1E4, line.price2E4, line.price3E4].filter((p): p is bigint => p !== null);
      return {
        serviceName: line.serviceName,
        unit: line.unit,
        kind: line.kind,
        qtyMilli: line.qty1Milli + (line.qty2Milli ?? 0n) + (line.qty3Milli ?? 0n),
        priceE4: line.price1E4,
        zonePricesE4: zonePrices,
        accruedKopecks: line.accruedKopecks,
        openingDebtKopecks: line.openingDebtKopecks,
        recalculationKopecks: line.recalculationKopecks,
        recalculationReason: line.recalculationReason,
        benefitKopecks: line.benefitKopecks,
        penaltyKopecks: line.penaltyKopecks,
        paidKopecks: line.paidKopecks,
        totalKopecks: line.totalKopecks,
        shownInCabinet: shownInCabinet ?? true,
        payeeIndex,
      };
    });
    // The opening balance belongs to no line: the first payee (the main one, usually the only one) asks for it.
    for (const l of receiptLines) if (payees[l.payeeIndex]) payees[l.payeeIndex]!.dueKopecks += l.totalKopecks;
    if (payees[0]) payees[0].dueKopecks += invoice.openingBalanceKopecks;

    const payer = payerOf.get(invoice.premiseId);
    const address = formatPremiseAddress(head.buildingAddress, head.premise);
    const provider = head.entity ?? { ...head.organisation };
    const readings = (metersOf.get(invoice.premiseId) ?? [])
      .toSorted((a, b) => resourceOrder.indexOf(a.resource) - resourceOrder.indexOf(b.resource))
      .flatMap((m) =>
        meterZones(m.zones).map((zone) => {
          const list = history.get(readingKey(m.id, zone));
          const current = list?.findLast((r) => r.period === invoice.period && r.kind !== "initial") ?? null;
          return { resource: m.resource, serialNumber: m.serialNumber, zone, previous: previousReading(list, invoice.period)?.value ?? null, current: current?.value ?? null };
        }),
      );
    return [
      {
        invoiceId: invoice.id,
        orgId: invoice.orgId,
        buildingId: invoice.buildingId,
        premiseId: invoice.premiseId,
        type: invoice.type,
        status: invoice.status,
        isActual: invoice.isActual,
        period: invoice.period,
        dueDate: invoice.dueDate,
        paymentDocumentId: invoice.paymentDocumentId,
        accountNumber: head.accountNumber,
        els: head.els,
        payer: {
          name: payer ? formatClientName({ ...payer, phone: null }) : "Собственник помещения",
          lastName: payer?.lastName ?? null,
          firstName: payer?.firstName ?? null,
          middleName: payer?.middleName ?? null,
          address,
        },
        areas: { total: head.premise.totalArea, living: head.premise.livingArea },
        registeredResidents: head.premise.registeredResidents,
        provider: { ...provider, hours: head.organisation.hours },
        payees,
        lines: receiptLines,
        meters: readings,
        penaltiesOneLine: head.penaltiesOneLine,
        money: {
          openingBalanceKopecks: invoice.openingBalanceKopecks,
          accruedKopecks: invoice.accruedKopecks,
          recalculationKopecks: invoice.recalculationKopecks,
          benefitKopecks: invoice.benefitKopecks,
          penaltyKopecks: invoice.penaltyKopecks,
          paidKopecks: invoice.paidKopecks,
          totalKopecks: invoice.totalKopecks,
        },
      },
    ];
  });
}
