import path from "node:path";
import { Document, Font, Page, Path, Rect, StyleSheet, Svg, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { invoiceTypeLabels } from "@/lib/billing/billing-vocabulary";
import { formatPriceE4, formatQuantityMilli } from "@/lib/billing/line-arithmetic";
import { formatCalendarDate } from "@/lib/core/date-time";
import { periodLabel } from "@/lib/meters/collection-window";
import { formatReading, resourceLabels, resourceUnits, zoneLabels } from "@/lib/meters/meter-vocabulary";
import type { ReceiptData, ReceiptLine } from "./receipt-data";

// DejaVu: a TTF (react-pdf reads no woff2) with Cyrillic and the ₽ sign; the condensed cut fits the eleven columns of
// the calculation table on A4. The comment keeps Turbopack from tracing the project for a path known at run time.
const fontDir = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
Font.register({
  family: "DejaVu",
  fonts: [
    { src: path.join(fontDir, "DejaVuSansCondensed.ttf") },
    { src: path.join(fontDir, "DejaVuSansCondensed-Bold.ttf"), fontWeight: "bold" },
  ],
});
// Russian words are not hyphenated by react-pdf's English rules: keep words whole.
Font.registerHyphenationCallback((word) => [word]);

const money = new Intl.NumberFormat("ru-RU", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** Kopecks with two decimals and a plain space between thousands: «1 234,56». */
export const formatMoney = (kopecks: bigint) => money.format(Number(kopecks) / 100).replace(/\s/g, " ");

const BORDER = "#555";
const s = StyleSheet.create({
  page: { fontFamily: "DejaVu", fontSize: 7.5, padding: 24, lineHeight: 1.25, color: "#000" },
  title: { fontSize: 11, fontWeight: "bold", textAlign: "center" },
  subtitle: { fontSize: 8.5, textAlign: "center", marginBottom: 6 },
  ids: { flexDirection: "row", justifyContent: "space-between", borderWidth: 0.75, borderColor: BORDER, padding: 4, marginBottom: 6 },
  section: { marginBottom: 6 },
  heading: { fontSize: 8, fontWeight: "bold", backgroundColor: "#e6e6e6", paddingVertical: 2, paddingHorizontal: 4, marginBottom: 2 },
  columns: { flexDirection: "row", gap: 8 },
  column: { flex: 1 },
  pair: { flexDirection: "row", marginBottom: 1 },
  label: { width: 92, color: "#333" },
  value: { flex: 1 },
  bold: { fontWeight: "bold" },
  table: { borderTopWidth: 0.75, borderLeftWidth: 0.75, borderColor: BORDER },
  row: { flexDirection: "row" },
  cell: { borderRightWidth: 0.75, borderBottomWidth: 0.75, borderColor: BORDER, paddingVertical: 1.5, paddingHorizontal: 2 },
  head: { backgroundColor: "#f2f2f2", fontWeight: "bold", textAlign: "center", fontSize: 6.5 },
  number: { textAlign: "right" },
  totalRow: { fontWeight: "bold", backgroundColor: "#f7f7f7" },
  due: { flexDirection: "row", justifyContent: "flex-end", marginTop: 4, fontSize: 10, fontWeight: "bold" },
  qr: { width: 104, height: 104 },
  note: { color: "#444", fontSize: 6.5 },
});

function Pair({ label, children, labelWidth }: { label: string; children: ReactNode; labelWidth?: number }) {
  return (
    <View style={s.pair}>
      <Text style={labelWidth ? [s.label, { width: labelWidth }] : s.label}>{label}</Text>
      <Text style={s.value}>{children}</Text>
    </View>
  );
}

type Column<T> = { title: string; width: number; number?: boolean; render: (row: T) => string };

function Table<T>({ columns, rows, footer }: { columns: Column<T>[]; rows: T[]; footer?: string[] }) {
  return (
    <View style={s.table}>
      <View style={s.row}>
        {columns.map((c) => (
          <Text key={c.title} style={[s.cell, s.head, { width: `${c.width}%` }]}>
            {c.title}
          </Text>
        ))}
      </View>
      {rows.map((row, i) => (
        <View key={i} style={s.row} wrap={false}>
          {columns.map((c) => {
            const text = c.render(row);
            // An empty cell is only its borders: no text run to lay out (most money columns are empty on most rows).
            return text ? (
              <Text key={c.title} style={[s.cell, { width: `${c.width}%` }, c.number ? s.number : {}]}>
                {text}
              </Text>
            ) : (
              <View key={c.title} style={[s.cell, { width: `${c.width}%` }]} />
            );
          })}
        </View>
      ))}
      {footer && (
        <View style={[s.row, s.totalRow]} wrap={false}>
          {columns.map((c, i) => (
            <Text key={c.title} style={[s.cell, { width: `${c.width}%` }, i > 0 ? s.number : {}]}>
              {footer[i] ?? ""}
            </Text>
          ))}
        </View>
      )}
    </View>
  );
}

const signed = (kopecks: bigint) => (kopecks === 0n ? "" : formatMoney(kopecks));
const quantity = (line: ReceiptLine, kind: ReceiptLine["kind"]) => (line.kind === kind && line.qtyMilli !== 0n ? formatQuantityMilli(line.qtyMilli) : "");

const serviceColumns: Column<ReceiptLine>[] = [
  { title: "Вид услуги", width: 17, render: (l) => (l.kind === "common" ? `${l.serviceName} (ОДН)` : l.serviceName) },
  { title: "Ед. изм.", width: 5, render: (l) => l.unit },
  { title: "Объём индивид.", width: 7, number: true, render: (l) => quantity(l, "service") },
  { title: "Объём ОДН", width: 6.5, number: true, render: (l) => quantity(l, "common") },
  { title: "Тариф, ₽", width: 8, number: true, render: (l) => l.zonePricesE4.map(formatPriceE4).join(" / ") },
  { title: "Начислено", width: 8.5, number: true, render: (l) => formatMoney(l.accruedKopecks) },
  { title: "Перерасчёт", width: 8.5, number: true, render: (l) => signed(l.recalculationKopecks) },
  { title: "Льготы, субсидии", width: 8, number: true, render: (l) => signed(l.benefitKopecks) },
  { title: "Долг", width: 7, number: true, render: (l) => signed(l.openingDebtKopecks) },
  { title: "Пени", width: 6.5, number: true, render: (l) => signed(l.penaltyKopecks) },
  { title: "Оплачено", width: 8, number: true, render: (l) => signed(l.paidKopecks) },
  { title: "Итого к оплате", width: 10, number: true, render: (l) => formatMoney(l.totalKopecks) },
];

/** Each payee's payment QR as a vector path (payment-qr.ts). */
export type ReceiptImages = { qr: { size: number; path: string }[] };

function PaymentQr({ qr }: { qr: { size: number; path: string } }) {
  return (
    <Svg style={s.qr} viewBox={`0 0 ${qr.size} ${qr.size}`}>
      <Rect x={0} y={0} width={qr.size} height={qr.size} fill="#ffffff" />
      <Path d={qr.path} fill="#000000" />
    </Svg>
  );
}

/**
 * The ЕПД of one invoice (Минстрой приказ 43/пр, DOMAIN.md): the header with ИПД and ЕЛС, then the sections in the
 * standard's order — payer and provider; payees with bank requisites and the payment QR; meter readings; the
 * calculation per service with the debt, penalties and the amount due; reference; recalculations. Instalments
 * (section 5) are printed only when an invoice has them, which billing does not offer yet.
 */
export function ReceiptPage({ data, images }: { data: ReceiptData; images: ReceiptImages }) {
  const m = data.money;
  const recalculations = data.lines.filter((l) => l.recalculationKopecks !== 0n);
  const sum = (pick: (l: ReceiptLine) => bigint) => data.lines.reduce((t, l) => t + pick(l), 0n);
  return (
    <Page size="A4" style={s.page}>
      <Text style={s.title}>ЕДИНЫЙ ПЛАТЁЖНЫЙ ДОКУМЕНТ</Text>
      <Text style={s.subtitle}>
        для внесения платы за {invoiceTypeLabels[data.type] === "ЖКУ" ? "жилищно-коммунальные услуги" : invoiceTypeLabels[data.type].toLowerCase()} за {periodLabel(data.period)} г.
      </Text>
      <View style={s.ids}>
        <Text>
          Лицевой счёт: <Text style={s.bold}>{data.accountNumber}</Text>
        </Text>
        <Text>ЕЛС: {data.els ?? "—"}</Text>
        <Text>ИПД: {data.paymentDocumentId ?? "—"}</Text>
        <Text>Расчётный период: {periodLabel(data.period)}</Text>
      </View>

      <View style={s.section}>
        <Text style={s.heading}>1. Сведения о плательщике и исполнителе услуг</Text>
        <View style={s.columns}>
          <View style={s.column}>
            <Pair label="Плательщик">{data.payer.name}</Pair>
            <Pair label="Адрес помещения">{data.payer.address}</Pair>
            <Pair label="Площадь, м²">
              общая {data.areas.total?.replace(".", ",") ?? "—"}, жилая {data.areas.living?.replace(".", ",") ?? "—"}, отапливаемая {data.areas.total?.replace(".", ",") ?? "—"}
            </Pair>
            <Pair label="Зарегистрировано">{data.registeredResidents === null ? "—" : `${data.registeredResidents} чел.`}</Pair>
          </View>
          <View style={s.column}>
            <Pair label="Исполнитель услуг">{data.provider.name}</Pair>
            <Pair label="ИНН">{data.provider.inn}</Pair>
            <Pair label="Адрес">{data.provider.address ?? "—"}</Pair>
            <Pair label="Контакты">{[data.provider.phone, data.provider.email].filter(Boolean).join(", ") || "—"}</Pair>
            {data.provider.hours && <Pair label="Часы приёма">{data.provider.hours}</Pair>}
          </View>
        </View>
      </View>

      <View style={s.section}>
        <Text style={s.heading}>2. Информация для внесения платы получателю платежа</Text>
        {data.payees.map((p, i) => (
          <View key={i} style={[s.columns, { marginBottom: 3 }]} wrap={false}>
            <View style={s.column}>
              <Pair label="Получатель платежа">{p.name}</Pair>
              <Pair label="ИНН / КПП">{`${p.inn} / ${p.kpp ?? "—"}`}</Pair>
              <Pair label="Банк">{p.bankName}</Pair>
              <Pair label="БИК">{p.bic}</Pair>
              <Pair label="Расчётный счёт">{p.settlementAccount}</Pair>
              <Pair label="Корр. счёт">{p.correspondentAccount}</Pair>
              <Pair label="Сумма к оплате">
                <Text style={s.bold}>{formatMoney(p.dueKopecks > 0n ? p.dueKopecks : 0n)} ₽</Text>
              </Pair>
              {data.dueDate && <Pair label="Оплатить до">{formatCalendarDate(data.dueDate)}</Pair>}
            </View>
            {images.qr[i] && (
              <View style={{ alignItems: "center" }}>
                <PaymentQr qr={images.qr[i]!} />
                <Text style={s.note}>Оплата по QR-коду</Text>
              </View>
            )}
          </View>
        ))}
        {data.meters.length > 0 && (
          <View style={{ marginTop: 2 }}>
            <Text style={[s.bold, { marginBottom: 1 }]}>Показания индивидуальных приборов учёта</Text>
            <Table
              columns={[
                { title: "Услуга", width: 22, render: (r) => resourceLabels[r.resource] },
                { title: "Заводской номер", width: 22, render: (r) => r.serialNumber },
                { title: "Зона", width: 12, render: (r) => (r.zone === "single" ? "—" : zoneLabels[r.zone]) },
                { title: "Предыдущие", width: 16, number: true, render: (r) => (r.previous === null ? "—" : formatReading(r.previous)) },
                { title: "Текущие", width: 16, number: true, render: (r) => (r.current === null ? "не переданы" : formatReading(r.current)) },
                { title: "Ед. изм.", width: 12, render: (r) => resourceUnits[r.resource] },
              ]}
              rows={data.meters}
            />
          </View>
        )}
      </View>

      <View style={s.section}>
        <Text style={s.heading}>3. Расчёт размера платы за услуги, ₽ (лицевой счёт {data.accountNumber})</Text>
        <Table
          columns={serviceColumns}
          rows={data.lines}
          footer={["Итого", "", "", "", "", formatMoney(m.accruedKopecks), signed(m.recalculationKopecks), signed(m.benefitKopecks), signed(sum((l) => l.openingDebtKopecks)), signed(m.penaltyKopecks), signed(m.paidKopecks), formatMoney(sum((l) => l.totalKopecks))]}
        />
        <View style={{ marginTop: 4, alignSelf: "flex-end", width: "45%" }}>
          <Pair labelWidth={140} label={m.openingBalanceKopecks < 0n ? "Аванс на начало периода" : "Задолженность на начало периода"}>{formatMoney(m.openingBalanceKopecks < 0n ? -m.openingBalanceKopecks : m.openingBalanceKopecks)} ₽</Pair>
          <Pair labelWidth={140} label="Начислено за период">{formatMoney(m.accruedKopecks + m.recalculationKopecks - m.benefitKopecks)} ₽</Pair>
          <Pair labelWidth={140} label="Пени">{formatMoney(m.penaltyKopecks)} ₽</Pair>
          {m.paidKopecks !== 0n && <Pair labelWidth={140} label="Оплачено">{formatMoney(m.paidKopecks)} ₽</Pair>}
        </View>
        <View style={s.due}>
          <Text>ИТОГО К ОПЛАТЕ: {formatMoney(m.totalKopecks > 0n ? m.totalKopecks : 0n)} ₽</Text>
        </View>
      </View>

      <View style={s.section} wrap={false}>
        <Text style={s.heading}>4. Справочная информация</Text>
        <Text>
          Плата вносится до {data.dueDate ? formatCalendarDate(data.dueDate) : "срока, установленного ЖК РФ (ст. 155 ч. 1)"}. При несвоевременной оплате начисляются пени
          (ЖК РФ ст. 155 ч. 14). Отрицательная сумма к оплате — аванс, он учитывается в следующем периоде.
        </Text>
      </View>

      {recalculations.length > 0 && (
        <View style={s.section} wrap={false}>
          <Text style={s.heading}>6. Перерасчёты</Text>
          <Table
            columns={[
              { title: "Услуга", width: 30, render: (l) => l.serviceName },
              { title: "Основание перерасчёта", width: 50, render: (l) => l.recalculationReason ?? "—" },
              { title: "Сумма, ₽", width: 20, number: true, render: (l) => formatMoney(l.recalculationKopecks) },
            ]}
            rows={recalculations}
          />
        </View>
      )}
    </Page>
  );
}

/** One document of one or many receipts: a building's batch prints them page after page. */
export function ReceiptsDocument({ receipts }: { receipts: { data: ReceiptData; images: ReceiptImages }[] }) {
  return (
    <Document title="Единый платёжный документ" author="Домком" language="ru">
      {receipts.map((r) => (
        <ReceiptPage key={r.data.invoiceId} data={r.data} images={r.images} />
      ))}
    </Document>
  );
}
