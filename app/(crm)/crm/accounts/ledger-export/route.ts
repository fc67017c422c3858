import { exportRoute } from "@/app/_server/export-route";

/** «Расшифровка» of one account (`?account=<id>`) in Excel: the entries the page shows for the same periods, all pages. */
export const GET = exportRoute("accountLedger");
