import { Clock, Globe, Mail, MapPin, Phone } from "lucide-react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { MyOrganisation } from "@/lib/residents/organisations/list-my-organisations";

/** «+74951234567» → «+7 495 123-45-67», the way a phone number is read aloud. */
const phoneText = (phone: string) => phone.replace(/^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/, "+7 $1 $2-$3-$4");

/** The managing organisation's contacts: address, reception hours, phone, email, site — each only when filled in. */
export function OrganisationContacts({ org }: { org: MyOrganisation }) {
  const row = "flex items-start gap-2 text-sm";
  const icon = "mt-0.5 size-4 shrink-0 text-muted-foreground";
  return (
    <Card className="gap-3 py-4">
      <CardHeader className="px-4">
        <CardTitle className="text-base">{org.name}</CardTitle>
        <p className="text-xs text-muted-foreground">Управляющая организация</p>
      </CardHeader>
      <CardContent className="space-y-2 px-4">
        {org.address && (
          <p className={row}>
            <MapPin className={icon} aria-label="Адрес" />
            <span className="break-words">{org.address}</span>
          </p>
        )}
        {org.receptionHours && (
          <p className={row}>
            <Clock className={icon} aria-label="Часы приёма" />
            <span className="break-words">{org.receptionHours}</span>
          </p>
        )}
        {org.phone && (
          <p className={row}>
            <Phone className={icon} aria-label="Телефон" />
            <a href={`tel:${org.phone}`} className="underline-offset-4 hover:underline">
              {phoneText(org.phone)}
            </a>
          </p>
        )}
        {org.email && (
          <p className={row}>
            <Mail className={icon} aria-label="Email" />
            <a href={`mailto:${org.email}`} className="break-all underline-offset-4 hover:underline">
              {org.email}
            </a>
          </p>
        )}
        {org.siteDomain && (
          <p className={row}>
            <Globe className={icon} aria-label="Сайт" />
            <a href={`https://${org.siteDomain}`} className="break-all underline-offset-4 hover:underline" rel="noopener noreferrer" target="_blank">
              {org.siteDomain}
            </a>
          </p>
        )}
        {org.additionalInfo && <p className="text-sm whitespace-pre-line text-muted-foreground">{org.additionalInfo}</p>}
        {!org.address && !org.phone && !org.email && !org.receptionHours && (
          <p className="text-sm text-muted-foreground">Организация ещё не указала контакты.</p>
        )}
      </CardContent>
    </Card>
  );
}
