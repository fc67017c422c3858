import { z } from "zod";
import { pdfResponse } from "@/app/_server/pdf-response";
import { staffRoute } from "@/app/_server/staff-route";
import { xlsxResponse } from "@/app/_server/xlsx-response";
import { notFound } from "@/lib/core/errors";
import { openExportFile } from "@/lib/exchange/exports";

/** The file of a finished background export (a workbook, or a building's receipts); only the employee who asked may download it. */
export const GET = staffRoute(null, async (ctx, request) => {
  const id = z.uuid().safeParse(new URL(request.url).pathname.split("/").at(-2));
  if (!id.success) throw notFound("Выгрузка");
  const file = await openExportFile(ctx, id.data);
  if (file.format === "pdf") return pdfResponse(file.stream, `${file.fileName}-${file.createdAt.toISOString().slice(0, 10)}.pdf`);
  return xlsxResponse(file.stream, file.fileName, ctx.timezone, file.createdAt);
});
