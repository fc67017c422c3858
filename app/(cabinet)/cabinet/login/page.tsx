import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { BLOCKED_MESSAGE } from "@/lib/residents/resident-context";
import { OutboxHint } from "../_components/outbox-hint";
import { ResidentLoginForm } from "./resident-login-form";

export const metadata: Metadata = { title: "Вход для жителей" };

export default async function ResidentLoginPage({ searchParams }: { searchParams: Promise<{ blocked?: string }> }) {
  const { blocked } = await searchParams;
  if (!blocked && (await auth())?.residentPhone) redirect("/cabinet");
  return (
    <main className="flex flex-1 flex-col justify-center gap-4 p-4">
      <Card>
        <CardHeader>
          <CardTitle className="text-xl">
            <h1>Кабинет жителя</h1>
          </CardTitle>
          <CardDescription>Вход по номеру телефона и коду из SMS</CardDescription>
        </CardHeader>
        <CardContent className="space-y-4">
          {blocked && (
            <p role="alert" className="rounded-md border border-destructive/40 bg-destructive/5 px-3 py-2 text-sm text-destructive">
              {BLOCKED_MESSAGE}
            </p>
          )}
          <ResidentLoginForm />
        </CardContent>
      </Card>
      <OutboxHint demoPhone />
    </main>
  );
}
