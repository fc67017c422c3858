import { Readable } from "node:stream";

/** An .xlsx download streamed from `body`, named «<baseName>-<date>.xlsx» with the date in the viewer's zone. */
export function xlsxResponse(body: Readable, baseName: string, timeZone: string, date = new Date()): Response {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone }).format(date);
  const fileName = encodeURIComponent(`${baseName}-${day}.xlsx`);
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename*=UTF-8''${fileName}`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
