import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ownProfile } from "../own-profile";
import { isRussianTimeZone, timeZoneLabel } from "@/lib/org/russian-time-zones";
import { ChangePasswordForm } from "./change-password-form";
import { ProfileForm } from "./profile-form";

export const metadata: Metadata = { title: "Профиль" };

export default async function ProfilePage() {
  const profile = await ownProfile(await staffPage(null));
  return (
    <>
      <PageHeader title="Профиль" description={[profile.email, profile.position].filter(Boolean).join(" · ")} />
      <div className="grid max-w-5xl gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Личные данные</CardTitle>
          </CardHeader>
          <CardContent>
            <ProfileForm
              defaults={{
                lastName: profile.lastName,
                firstName: profile.firstName,
                middleName: profile.middleName ?? "",
                phone: profile.phone ?? "",
                timezone: profile.timezone && isRussianTimeZone(profile.timezone) ? profile.timezone : "",
              }}
              orgTimezoneLabel={timeZoneLabel(profile.orgTimezone)}
            />
          </CardContent>
        </Card>
        <Card id="password">
          <CardHeader>
            <CardTitle>Смена пароля</CardTitle>
            <CardDescription>
              {profile.mustChangePassword
                ? "Вы входите с паролем из письма. Придумайте свой — так безопаснее."
                : "После смены пароля все другие ваши сеансы завершатся."}
            </CardDescription>
          </CardHeader>
          <CardContent>
            <ChangePasswordForm />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
