import { headers } from "next/headers";
import Link from "next/link";
import { DEMO_RESIDENT_PHONE } from "@/lib/demo/demo-logins";
import { clientIp, isLoopback } from "@/lib/core/client-ip";
import { outboxReadable } from "@/lib/notify/list-outbox";

/** The outbox exists only without a real SMS gateway and opens only on this machine (see app/dev/outbox); so does this hint. */
export async function OutboxHint({ demoPhone = false }: { demoPhone?: boolean }) {
  if (!outboxReadable() || !isLoopback(clientIp(await headers()))) return null;
  return (
    <p className="rounded-md border border-dashed p-3 text-xs text-muted-foreground">
      Демо-режим: SMS не отправляются, код можно посмотреть в{" "}
      <Link href="/dev/outbox" target="_blank" className="underline underline-offset-4">
        исходящих сообщениях
      </Link>
      .{demoPhone && ` Демо-житель: ${DEMO_RESIDENT_PHONE}.`}
    </p>
  );
}
