import type { Metadata } from "next";
import { PublicCard } from "@/components/public/public-card";
import { RequestResetForm } from "./request-reset-form";

export const metadata: Metadata = { title: "Восстановление пароля" };

export default function RequestResetPage() {
  return (
    <PublicCard title="Восстановление пароля" description="Укажите email, с которым вы входите в Домком: пришлём ссылку для нового пароля">
      <RequestResetForm />
    </PublicCard>
  );
}
