import { exportRoute } from "@/app/_server/export-route";

/** «Экспортировать показания»: a line per meter and zone of the period (and building), for the accountant's program. */
export const GET = exportRoute("meterReadings");
