import { z } from "zod";
import { staffRoute } from "@/app/_server/staff-route";
import { xlsxResponse } from "@/app/_server/xlsx-response";
import { notFound } from "@/lib/core/errors";
import { openExportFile } from "@/lib/exchange/exports";

/** The file of a finished background export; only the employee who asked for it may download it. */
export const GET = staffRoute(null, async (ctx, request) => {
  const id = z.uuid().safeParse(new URL(request.url).pathname.split("/").at(-2));
  if (!id.success) throw notFound("Выгрузка");
  const file = await openExportFile(ctx, id.data);
  return xlsxResponse(file.stream, file.fileName, ctx.timezone, file.createdAt);
});
