import type { Metadata } from "next";
import { ClientsList } from "./clients-list";

export const metadata: Metadata = { title: "Клиенты" };

export default async function ClientsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <ClientsList searchParams={await searchParams} unidentified={false} />;
}
