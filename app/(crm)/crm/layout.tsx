import Link from "next/link";
import type { ReactNode } from "react";
import { staffPage } from "@/app/_server/staff-page";
import { CrmMobileNav } from "@/components/crm/crm-mobile-nav";
import { CrmSidebar } from "@/components/crm/crm-sidebar";
import { MustChangePasswordBanner } from "@/components/crm/must-change-password-banner";
import { visibleSections } from "@/components/crm/nav-sections";
import { Button } from "@/components/ui/button";
import { signOutAction } from "./actions";
import { ownProfile } from "./own-profile";

export default async function CrmLayout({ children }: { children: ReactNode }) {
  const ctx = await staffPage();
  // One query for the shell: the organisation's name and whether the password from the email is still in use.
  const profile = await ownProfile(ctx);
  const sections = visibleSections(ctx.permissions);
  return (
    <div className="flex min-h-screen">
      <aside className="hidden w-60 shrink-0 border-r bg-muted/30 p-4 md:block">
        <Link href="/crm" className="mb-1 block text-lg font-bold">
          Домком
        </Link>
        <div className="mb-5 truncate text-sm text-muted-foreground" title={profile.orgName}>
          {profile.orgName}
        </div>
        <CrmSidebar sections={sections} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex items-center justify-end gap-3 border-b px-4 py-3 text-sm md:px-6">
          <CrmMobileNav sections={sections} orgName={profile.orgName} />
          <Link href="/crm/profile" className="hover:underline">
            {ctx.actor.name}
          </Link>
          <form action={signOutAction}>
            <Button type="submit" variant="ghost" size="sm">
              Выйти
            </Button>
          </form>
        </header>
        <MustChangePasswordBanner show={profile.mustChangePassword} />
        <main className="min-w-0 flex-1 p-4 md:p-6">{children}</main>
      </div>
    </div>
  );
}
