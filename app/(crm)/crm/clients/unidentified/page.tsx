import type { Metadata } from "next";
import { ClientsList } from "../clients-list";

export const metadata: Metadata = { title: "Неидентифицированные клиенты" };

export default async function UnidentifiedClientsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <ClientsList searchParams={await searchParams} unidentified />;
}
