import type { Metadata } from "next";
import Link from "next/link";
import { PublicCard } from "@/components/public/public-card";
import { SignupForm } from "./signup-form";

export const metadata: Metadata = { title: "Подключение организации" };

export default function SignupPage() {
  return (
    <PublicCard
      wide
      title="Подключение организации"
      description={
        <>
          Заполните анкету: мы создадим учётную запись руководителя и пришлём пароль на указанный email. Уже
          подключены?{" "}
          <Link href="/login" className="underline underline-offset-4">
            Войти
          </Link>
        </>
      }
    >
      <SignupForm />
    </PublicCard>
  );
}
