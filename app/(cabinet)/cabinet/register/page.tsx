import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { OutboxHint } from "../_components/outbox-hint";
import { RegistrationForm } from "./registration-form";

export const metadata: Metadata = { title: "Регистрация жителя" };

export default function ResidentRegistrationPage() {
  return (
    <main className="flex flex-1 flex-col gap-4 p-4">
      <Card>
        <CardHeader>
          <CardTitle className="text-xl">
            <h1>Регистрация жителя</h1>
          </CardTitle>
          <CardDescription>
            Номер лицевого счёта и фамилия нужны, чтобы никто посторонний не смог привязать свой телефон к вашему помещению.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <RegistrationForm />
        </CardContent>
      </Card>
      <OutboxHint />
      <p className="text-center text-sm text-muted-foreground">
        Уже зарегистрированы?{" "}
        <Link href="/cabinet/login" className="font-medium text-foreground underline underline-offset-4">
          Войти
        </Link>
      </p>
    </main>
  );
}
