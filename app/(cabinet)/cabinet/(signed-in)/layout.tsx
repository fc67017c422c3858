import Link from "next/link";
import type { ReactNode } from "react";
import { residentPage } from "@/app/_server/resident-page";
import { Button } from "@/components/ui/button";
import { signOutResidentAction } from "../actions";

/** Every signed-in cabinet page: the resident is checked here and again by each page and action. */
export default async function ResidentLayout({ children }: { children: ReactNode }) {
  await residentPage();
  return (
    <>
      <header className="sticky top-0 z-10 flex items-center justify-between border-b bg-background px-4 py-3">
        <Link href="/cabinet" className="text-lg font-bold">
          Домком
        </Link>
        <form action={signOutResidentAction}>
          <Button type="submit" variant="ghost" size="sm">
            Выйти
          </Button>
        </form>
      </header>
      <main className="flex-1 space-y-4 p-4">{children}</main>
    </>
  );
}
