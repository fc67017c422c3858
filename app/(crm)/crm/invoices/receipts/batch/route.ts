import { exportRoute } from "@/app/_server/export-route";

/** «Сформировать»: a building's receipts for a month become a background job; the browser goes to its progress page. */
export const GET = exportRoute("receipts");
