import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { listDirectory } from "@/lib/org/building-directories";
import { DirectoryList } from "./directory-list";

export const metadata: Metadata = { title: "Группы и кварталы" };

export default async function DirectoriesPage() {
  const ctx = await staffPage("settings.view");
  const [groups, quarters] = await Promise.all([listDirectory(ctx, "group"), listDirectory(ctx, "quarter")]);
  const canManage = ctx.permissions.has("settings.manage");
  return (
    <>
      <PageHeader title="Группы и кварталы" description="Группируйте объекты, чтобы фильтровать их в списках и отчётах" />
      <div className="grid max-w-5xl gap-8 lg:grid-cols-2">
        <DirectoryList kind="group" entries={groups} canManage={canManage} />
        <DirectoryList kind="quarter" entries={quarters} canManage={canManage} />
      </div>
    </>
  );
}
