import Link from "next/link";
import { Button } from "@/components/ui/button";

export default function Forbidden() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center gap-4 text-center">
      <h1 className="text-2xl font-semibold">Нет доступа</h1>
      <p className="text-muted-foreground">
        Этот раздел или дом не входит в доступ вашей роли. Если он нужен для работы, обратитесь к руководителю организации.
      </p>
      <Button asChild variant="outline">
        <Link href="/crm">На главную</Link>
      </Button>
    </main>
  );
}
