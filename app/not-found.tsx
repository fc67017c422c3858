import Link from "next/link";
import { Button } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center gap-4 text-center">
      <h1 className="text-2xl font-semibold">Страница не найдена</h1>
      <p className="text-muted-foreground">Возможно, запись удалена или у вас нет к ней доступа.</p>
      <Button asChild variant="outline">
        <Link href="/">На главную</Link>
      </Button>
    </main>
  );
}
