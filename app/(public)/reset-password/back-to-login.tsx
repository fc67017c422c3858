import Link from "next/link";

export function BackToLogin({ label = "Вернуться ко входу" }: { label?: string }) {
  return (
    <Link href="/login" className="text-sm text-muted-foreground underline-offset-4 hover:underline">
      {label}
    </Link>
  );
}
