import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { listApiKeys } from "@/lib/access/api-keys/list-api-keys";
import { ApiKeysList } from "./api-keys-list";
import { CreateApiKeyDialog } from "./create-api-key-dialog";

export const metadata: Metadata = { title: "API-ключи" };

export default async function ApiKeysPage() {
  const ctx = await staffPage("settings.integrations");
  const keys = await listApiKeys(ctx);
  return (
    <>
      <PageHeader
        title="API-ключи"
        description="Ключи для загрузки помещений, клиентов и лицевых счетов из учётных систем через REST API (/api/v1, описание — /api/v1/openapi.json)"
        actions={<CreateApiKeyDialog />}
      />
      <ApiKeysList rows={keys} timezone={ctx.timezone} />
    </>
  );
}
