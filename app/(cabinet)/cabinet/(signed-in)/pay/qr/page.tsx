import type { Metadata } from "next";
import Link from "next/link";
import { residentPage } from "@/app/_server/resident-page";
import { QrScanner } from "./qr-scanner";

export const metadata: Metadata = { title: "Оплата по QR-коду" };

export default async function PayByQrPage() {
  await residentPage();
  return (
    <>
      <Link href="/cabinet" className="text-sm text-muted-foreground">
        ← Мои помещения
      </Link>
      <h1 className="text-xl font-semibold">Оплата по QR-коду</h1>
      <p className="text-sm text-muted-foreground">Наведите камеру на QR-код бумажной квитанции или выберите её фото — сумма и лицевой счёт подставятся сами.</p>
      <QrScanner />
    </>
  );
}
