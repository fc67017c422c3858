import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/core/date-time";
import { byGender } from "@/lib/core/russian-text";
import { clientTypeLabels } from "@/lib/registry/clients/client-labels";
import { formatClientName } from "@/lib/registry/clients/client-name";
import { getClient, type ClientCard } from "@/lib/registry/clients/get-client";
import { listClientActivity } from "@/lib/registry/clients/list-client-activity";
import { listClientLinks } from "@/lib/registry/links/list-client-links";
import { listTags } from "@/lib/registry/tags/list-tags";
import { recordOr404 } from "../../record-or-404";
import { ClientActivityList } from "./client-activity";
import { ClientCardTabs } from "./client-card-tabs";
import { ClientExternalIds } from "./client-external-ids";
import { ClientGeneralForm } from "./client-general-form";
import { ClientIdentifiersForm } from "./client-identifiers-form";
import { ClientLinks } from "./client-links";
import { linkedClientsByPremise } from "./linked-clients-by-premise";

export const metadata: Metadata = { title: "Клиент" };

/** The stored client as the «Общие сведения» form holds it: "" for every empty value. */
function formValues(c: ClientCard) {
  const text = (v: string | null) => v ?? "";
  return {
    id: c.id,
    type: c.type,
    status: c.blockedAt ? ("blocked" as const) : ("active" as const),
    lastName: text(c.lastName),
    firstName: text(c.firstName),
    middleName: text(c.middleName),
    phone: text(c.phone),
    email: text(c.email),
    gender: text(c.gender) as "" | "male" | "female",
    birthDate: text(c.birthDate),
    passport: text(c.passport),
    passportNote: text(c.passportNote),
    registrationAddress: text(c.registrationAddress),
    registrationPostalCode: text(c.registrationPostalCode),
    registrationAddressNote: text(c.registrationAddressNote),
    contactPerson: text(c.contactPerson),
    note: text(c.note),
    isTester: c.isTester,
    tags: c.tags,
  };
}

export default async function ClientPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await staffPage("registry.clients.view");
  const client = await recordOr404((await params).id, (id) => getClient(ctx, id));
  const [links, activity, tags] = await Promise.all([listClientLinks(ctx, client.id), listClientActivity(ctx, client.id), listTags(ctx)]);
  const canEdit = ctx.permissions.has("registry.clients.edit");
  // Editing a link offers the premise's owners to depend on, so each premise's other links are loaded too.
  const canEditLinks = canEdit && ctx.permissions.has("registry.premises.view") && !client.archivedAt;
  const linkedByPremise = canEditLinks ? await linkedClientsByPremise(ctx, links.map((l) => l.premiseId)) : {};
  // A company is «клиент» (masculine) when its gender is unknown; a person agrees with their own.
  const said = (male: string, female: string) => byGender(client.gender, { male, female, unknown: client.type === "individual" ? `${male}(а)` : male });
  const lastSeen = client.lastSeenAt ? formatDateTime(client.lastSeenAt, ctx.timezone) : said("не входил", "не входила");
  return (
    <>
      <PageHeader back={{ href: "/crm/clients", label: "Клиенты" }} title={formatClientName(client)} description={`${clientTypeLabels[client.type]} · в личном кабинете: ${lastSeen}`} />
      <div className="-mt-4 mb-4 flex flex-wrap gap-1">
        {client.blockedAt && <Badge variant="destructive">{said("Заблокирован", "Заблокирована")} с {formatDateTime(client.blockedAt, ctx.timezone, "date")}</Badge>}
        {client.archivedAt && <Badge variant="secondary">В архиве</Badge>}
        {client.isTester && <Badge variant="outline">Тестировщик</Badge>}
      </div>
      <ClientCardTabs
        counts={{ premises: links.length, activity: activity.total }}
        panels={{
          general: (
            <ClientGeneralForm
              client={formValues(client)}
              archived={client.archivedAt !== null}
              linkCount={client.linkCount}
              tagSuggestions={tags.map((t) => t.name)}
              canEdit={canEdit}
            />
          ),
          premises: <ClientLinks clientId={client.id} rows={links} linkedByPremise={linkedByPremise} canEdit={canEditLinks} />,
          other: (
            <div className="space-y-8">
              <section className="space-y-3">
                <h2 className="font-medium">ИНН и СНИЛС</h2>
                <ClientIdentifiersForm
                  values={{ id: client.id, inn: client.inn ?? "", kpp: client.kpp ?? "", ogrn: client.ogrn ?? "", snils: client.snils ?? "" }}
                  type={client.type}
                  canEdit={canEdit}
                />
              </section>
              <section className="space-y-3">
                <h2 className="font-medium">Внешние идентификаторы</h2>
                <ClientExternalIds clientId={client.id} rows={client.externalIds} canEdit={canEdit} />
              </section>
            </div>
          ),
          activity: <ClientActivityList activity={activity} timezone={ctx.timezone} />,
        }}
      />
    </>
  );
}
