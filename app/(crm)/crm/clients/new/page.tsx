import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { listTags } from "@/lib/registry/tags/list-tags";
import { NewClientForm } from "../new-client-form";

export const metadata: Metadata = { title: "Новый клиент" };

export default async function NewClientPage() {
  const ctx = await staffPage("registry.clients.edit");
  const tags = await listTags(ctx);
  return (
    <>
      <PageHeader title="Новый клиент" back={{ href: "/crm/clients", label: "Клиенты" }} />
      <NewClientForm tagSuggestions={tags.map((t) => t.name)} />
    </>
  );
}
