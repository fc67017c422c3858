import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getDb } from "@/app/_server/db";
import { formatDateTime } from "@/lib/core/date-time";
import { clientIp, isLoopback } from "@/lib/core/client-ip";
import { listOutbox, outboxReadable } from "@/lib/notify/list-outbox";

export const metadata: Metadata = { title: "Исходящие сообщения (разработка)", robots: { index: false } };
export const dynamic = "force-dynamic";

// Mail of every organisation is listed, so no one organisation's zone applies; Moscow is the default zone of one.
const TIME_ZONE = "Europe/Moscow";
const statusLabels: Record<string, string> = { pending: "ожидает отправки", recorded: "записано (не отправлялось)", sent: "отправлено", failed: "ошибка отправки" };

/**
 * What the system "sent" when no email/SMS provider is configured: the developer's and the e2e tests' way to read
 * a sign-up password or a reset link. It shows every organisation's mail — new passwords, reset links, SMS codes —
 * so it exists only while messages stay in the outbox (outboxReadable), and answers only a caller on this machine:
 * an embedded server in a ТСЖ's office is reachable from its network. The caller is clientIp(), the socket's peer
 * unless TRUSTED_PROXY_HOPS says a proxy stands in front (then the peer is the proxy, often 127.0.0.1 itself).
 */
export default async function DevOutboxPage({ searchParams }: { searchParams: Promise<{ to?: string | string[] }> }) {
  if (!outboxReadable() || !isLoopback(clientIp(await headers()))) notFound();
  const { to: rawTo } = await searchParams;
  const to = (Array.isArray(rawTo) ? rawTo[0] : rawTo)?.trim() ?? "";
  const messages = await listOutbox(await getDb(), { to, limit: 100 });
  return (
    <main className="mx-auto max-w-4xl space-y-4 p-6">
      <h1 className="text-2xl font-semibold">Исходящие сообщения</h1>
      <p className="text-sm text-muted-foreground">
        Последние 100 писем и SMS. Настоящие сообщения не отправляются. Страница открывается только на компьютере, где
        запущен Домком (адрес 127.0.0.1 или ::1): с других устройств её не видно.
      </p>
      <form className="flex gap-2" method="get">
        <input
          name="to"
          defaultValue={to}
          placeholder="Получатель: email или телефон"
          aria-label="Получатель"
          className="h-9 flex-1 rounded-md border px-3 text-sm"
        />
        <button type="submit" className="h-9 rounded-md border px-4 text-sm">
          Найти
        </button>
      </form>
      {messages.length === 0 && <p className="text-muted-foreground">Сообщений нет.</p>}
      {messages.map((m) => (
        <article key={m.id} data-testid="outbox-message" className="space-y-2 rounded-md border p-4">
          <header className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <time dateTime={m.createdAt.toISOString()}>{formatDateTime(m.createdAt, TIME_ZONE, "seconds")}</time>
            <span>{m.channel === "email" ? "Электронная почта" : m.channel.toUpperCase()}</span>
            <span data-testid="outbox-recipient" className="font-medium">
              {m.recipient}
            </span>
            <span className="text-muted-foreground">{statusLabels[m.status] ?? m.status}</span>
          </header>
          {m.subject && <h2 className="font-medium">{m.subject}</h2>}
          <pre className="select-text whitespace-pre-wrap break-words rounded bg-muted p-3 text-sm">{m.body}</pre>
        </article>
      ))}
    </main>
  );
}
