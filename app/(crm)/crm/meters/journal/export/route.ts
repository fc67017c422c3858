import { exportRoute } from "@/app/_server/export-route";

/** «История показаний» in Excel: exactly the rows the journal shows for the same filters, all pages. */
export const GET = exportRoute("meterJournal");
