export function xlsxResponse(buffer: Buffer, baseName: string): Response {
  const date = new Date().toISOString().slice(0, 10);
  const fileName = encodeURIComponent(`${baseName}-${date}.xlsx`);
  return new Response(new Uint8Array(buffer), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename*=UTF-8''${fileName}`,
    },
  });
}
