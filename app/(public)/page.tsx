import Link from "next/link";
import { Button } from "@/components/ui/button";

export default function HomePage() {
  return (
    <main className="mx-auto flex min-h-screen max-w-3xl flex-col justify-center gap-6 p-6">
      <h1 className="text-4xl font-bold tracking-tight">Домком</h1>
      <p className="text-lg text-muted-foreground">
        Одна система для управляющей организации, ТСЖ и ЖСК: помещения и клиенты, лицевые счета, начисления и
        платежи, показания приборов учёта, заявки — и личный кабинет жителя с онлайн-оплатой.
      </p>
      <div className="flex flex-wrap gap-3">
        <Button asChild size="lg">
          <Link href="/login">Войти</Link>
        </Button>
        <Button asChild size="lg" variant="outline">
          <Link href="/signup">Подключить организацию</Link>
        </Button>
      </div>
    </main>
  );
}
