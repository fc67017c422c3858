/** «05.03.2026, 14:07:09» in the given IANA time zone, the same on the server and in the browser. */
export function formatDateTime(value: Date | string, timeZone: string): string {
  return new Date(value).toLocaleString("ru-RU", {
    timeZone,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
}
