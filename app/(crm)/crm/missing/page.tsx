import { notFound } from "next/navigation";
import { staffPage } from "@/app/_server/staff-page";

/** Where a download of a record that is not there (404) sends a person: the «Страница не найдена» page. */
export default async function MissingPage() {
  await staffPage();
  notFound();
}
