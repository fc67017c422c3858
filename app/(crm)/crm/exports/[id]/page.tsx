import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { Button } from "@/components/ui/button";
import { plural } from "@/lib/core/russian-text";
import { getExportJob } from "@/lib/exchange/exports";
import { recordOr404 } from "../../record-or-404";
import { RefreshWhile } from "./refresh-while";

export const metadata: Metadata = { title: "Выгрузка" };

const number = (n: number) => n.toLocaleString("ru-RU");

/** A background export's progress, and its download link once the file is ready. */
export default async function ExportJobPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await staffPage();
  const job = await recordOr404((await params).id, (id) => getExportJob(ctx, id));
  const running = job.status === "queued" || job.status === "running";
  const percent = job.expected ? Math.min(99, Math.floor((job.written / job.expected) * 100)) : null;
  const counted = (n: number) => `${number(n)} ${plural(n, job.units)}`;
  return (
    <>
      <PageHeader title={`Выгрузка: ${job.title}`} description="Большие выгрузки формируются в фоне — страницу можно закрыть и вернуться по этой ссылке" />
      <RefreshWhile active={running} />
      <div className="max-w-xl space-y-3 rounded-md border p-4 text-sm" aria-live="polite">
        {running && (
          <p>
            Формируем файл: {number(job.written)} из {job.expected ? `≈ ${counted(job.expected)}` : "?"}
            {percent !== null && ` (${percent}%)`}
          </p>
        )}
        {job.status === "done" && (
          <>
            <p>
              Готово: {counted(job.written)}.
              {job.skipped > 0 &&
                (job.format === "pdf"
                  ? ` Не вошло ${counted(job.skipped)}: у этих счетов квитанция загружена файлом или отсутствует.`
                  : ` Не вошло ${counted(job.skipped)} — они изменились во время выгрузки (сказано и в файле).`)}
            </p>
            <Button asChild>
              <a href={`/crm/exports/${job.id}/file`} download>
                Скачать файл
              </a>
            </Button>
          </>
        )}
        {job.status === "failed" && <p className="text-destructive">{job.error}</p>}
      </div>
    </>
  );
}
