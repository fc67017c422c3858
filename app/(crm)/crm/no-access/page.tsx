import { forbidden } from "next/navigation";
import { staffPage } from "@/app/_server/staff-page";

/** Where a refused download (403) sends a person: the CRM's «Нет доступа» page, with status 403. */
export default async function NoAccessPage() {
  await staffPage();
  forbidden();
}
