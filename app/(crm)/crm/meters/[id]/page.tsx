import type { Metadata } from "next";
import Link from "next/link";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { formatCalendarDate, formatDateTime } from "@/lib/core/date-time";
import { getMeterCard } from "@/lib/meters/get-meter-card";
import { formatReading, resourceLabels } from "@/lib/meters/meter-vocabulary";
import { recordOr404 } from "../../record-or-404";
import { MeterStatusBadge } from "../meter-status-badge";
import { DecommissionDialog } from "./decommission-dialog";
import { meterFormValues } from "../meter-form-values";
import { MeterEditForm } from "./meter-edit-form";
import { MeterFacts } from "./meter-facts";
import { MeterReadingsTable, type ReadingView } from "./meter-readings-table";
import { ReplaceMeterDialog } from "./replace-meter-dialog";

export const metadata: Metadata = { title: "Прибор учёта" };

/** The meter card: its facts (edited here), replacement and decommissioning, and every reading with its corrections. */
export default async function MeterPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await staffPage("finance.readings.view");
  const card = await recordOr404((await params).id, (id) => getMeterCard(ctx, id));
  const { meter } = card;
  const active = meter.status !== "decommissioned";
  const canEdit = ctx.permissions.has("finance.meters.edit") && active;
  const readings: ReadingView[] = card.readings.map((r) => ({
    id: r.id,
    period: r.period,
    zone: r.zone,
    kind: r.kind,
    value: formatReading(r.valueMilli),
    volume: r.volume === null ? null : formatReading(r.volume),
    source: r.source,
    authorName: r.authorName,
    takenAt: formatDateTime(r.takenAt, ctx.timezone),
    flagged: r.flagged,
    rollover: r.rollover,
  }));
  const kind = { resource: meter.resource, zones: meter.zones };
  return (
    <>
      <PageHeader
        back={meter.premiseId ? { href: `/crm/premises/${meter.premiseId}?tab=meters`, label: card.address } : { href: "/crm/meters", label: "Приборы учёта" }}
        title={`${resourceLabels[meter.resource]} № ${meter.serialNumber}`}
        description={card.address}
        actions={
          canEdit && (
            <>
              <ReplaceMeterDialog meterId={meter.id} old={kind} />
              <DecommissionDialog meterId={meter.id} zones={meter.zones} resource={meter.resource} />
            </>
          )
        }
      />
      <div className="mb-6 flex flex-wrap items-center gap-3 text-sm">
        <MeterStatusBadge status={card.effectiveStatus} />
        {meter.statusSince && <span className="text-muted-foreground">с {formatCalendarDate(meter.statusSince)}</span>}
        {card.predecessor && (
          <span>
            Заменил прибор{" "}
            <Link className="underline" href={`/crm/meters/${card.predecessor.id}`}>
              № {card.predecessor.serialNumber}
            </Link>
          </span>
        )}
        {card.successor && (
          <span>
            Заменён прибором{" "}
            <Link className="underline" href={`/crm/meters/${card.successor.id}`}>
              № {card.successor.serialNumber}
            </Link>
          </span>
        )}
      </div>
      <div className="space-y-10">
        <section aria-labelledby="meter-facts" className="space-y-3">
          <h2 id="meter-facts" className="text-lg font-semibold">
            Сведения о приборе
          </h2>
          {canEdit ? <MeterEditForm values={meterFormValues(meter)} accounts={card.accounts} isCommon={meter.premiseId === null} /> : <MeterFacts card={card} />}
        </section>
        <section aria-labelledby="meter-readings" className="space-y-3">
          <h2 id="meter-readings" className="text-lg font-semibold">
            Показания
          </h2>
          <MeterReadingsTable readings={readings} canCorrect={ctx.permissions.has("finance.readings.correct")} />
        </section>
      </div>
    </>
  );
}
