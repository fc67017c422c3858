import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { residentPage } from "@/app/_server/resident-page";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import { formatDateTime } from "@/lib/core/date-time";
import { AppError } from "@/lib/core/errors";
import { listMyMeters } from "@/lib/residents/meters/list-my-meters";
import { ConsumptionChart } from "./consumption-chart";
import { MeterReadingsForm } from "./meter-readings-form";

export const metadata: Metadata = { title: "Показания счётчиков" };

async function loadMeters(id: string) {
  const ctx = await residentPage();
  if (!z.uuid().safeParse(id).success) notFound();
  try {
    return await listMyMeters(ctx, id);
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}

export default async function MyMetersPage({ params }: { params: Promise<{ id: string }> }) {
  const data = await loadMeters((await params).id);
  const takenOn: Record<string, string> = {};
  const charts: Record<string, React.ReactNode> = {};
  for (const meter of data.meters) {
    for (const z of meter.zones) {
      const key = `${meter.id}:${z.zone}`;
      if (z.previous) takenOn[key] = formatDateTime(z.previous.takenAt, data.timezone, "date");
      if (z.chart) charts[key] = <ConsumptionChart bars={z.chart} unit={meter.unit} title={meter.zones.length > 1 ? `Расход, ${z.label.charAt(0).toLowerCase()}${z.label.slice(1)}` : "Расход по месяцам"} />;
    }
  }
  const { booking, window } = data;
  return (
    <>
      <Link href={`/cabinet/premises/${data.premiseId}`} className="text-sm text-muted-foreground">
        ← {data.address}
      </Link>
      <h1 className="text-xl font-semibold">Показания счётчиков</h1>
      <Card className="gap-2 py-4">
        <CardContent className="space-y-2 px-4 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <Badge variant={window.open ? "default" : "secondary"}>{window.open ? "Приём открыт" : "Приём закрыт"}</Badge>
            <span className="text-muted-foreground">Показания принимаются {data.windowText} месяца</span>
          </div>
          <p data-testid="window-status">{window.text}</p>
          {!booking.accepted && <p className="text-muted-foreground">Сейчас показания не принимаются.</p>}
        </CardContent>
      </Card>
      {data.meters.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          В помещении нет приборов учёта. Если счётчики установлены, сообщите об этом в управляющую организацию.
        </p>
      ) : (
        <MeterReadingsForm
          premiseId={data.premiseId}
          meters={data.meters}
          takenOn={takenOn}
          currentPeriod={data.currentPeriod}
          bookingPeriod={booking.accepted ? booking.period : null}
          charts={charts}
        />
      )}
    </>
  );
}
