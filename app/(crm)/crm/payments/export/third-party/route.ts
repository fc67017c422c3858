import { exportRoute } from "@/app/_server/export-route";

/** Exactly the third-party payments the tab shows for the same search and filters, all pages. */
export const GET = exportRoute("thirdPartyPayments");
