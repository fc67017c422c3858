import Link from "next/link";

/** Shown on every CRM page while the employee still signs in with the password the system emailed them. */
export function MustChangePasswordBanner({ show }: { show: boolean }) {
  if (!show) return null;
  return (
    <div role="alert" className="border-b border-amber-300 bg-amber-50 px-6 py-2 text-sm text-amber-900">
      Вы входите с паролем из письма.{" "}
      <Link href="/crm/profile#password" className="font-medium underline underline-offset-4">
        Смените его в профиле
      </Link>
    </div>
  );
}
