import { exportRoute } from "@/app/_server/export-route";

/** Exactly the invoices the table shows for the same search and filters, all pages. */
export const GET = exportRoute("invoices");
