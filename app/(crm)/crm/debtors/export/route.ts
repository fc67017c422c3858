import { exportRoute } from "@/app/_server/export-route";

/** Exactly the debtors the table shows for the same search and filters, all pages. */
export const GET = exportRoute("debtors");
