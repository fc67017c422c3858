import type { Metadata } from "next";
import Link from "next/link";
import { PublicCard } from "@/components/public/public-card";
import { getDb } from "@/app/_server/db";
import { checkPasswordResetToken, resetTokenMessages } from "@/lib/auth/check-password-reset-token";
import { NewPasswordForm } from "./new-password-form";

// The token is in the address: never send it to another site as a referrer.
export const metadata: Metadata = { title: "Новый пароль", referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const check = await checkPasswordResetToken(await getDb(), token);
  if (check.state !== "valid") {
    return (
      <PublicCard title="Ссылка не работает">
        <div className="space-y-4">
          <p role="alert">{resetTokenMessages[check.state]}</p>
          <Link href="/reset-password" className="underline underline-offset-4">
            Запросить новую ссылку
          </Link>
        </div>
      </PublicCard>
    );
  }
  return (
    <PublicCard title="Новый пароль" description="Придумайте пароль, который не используете на других сайтах">
      <NewPasswordForm token={token} />
    </PublicCard>
  );
}
