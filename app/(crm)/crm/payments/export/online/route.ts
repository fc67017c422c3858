import { exportRoute } from "@/app/_server/export-route";

/** Exactly the online payments the tab shows for the same search and filters, all pages. */
export const GET = exportRoute("onlinePayments");
