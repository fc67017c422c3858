import { Resend } from "resend";
import { env, type Env } from "@/lib/core/env";

export type EmailTransport = {
  name: string;
  send(message: { to: string; subject: string; text: string }): Promise<{ providerId: string | null }>;
};

/** Without RESEND_API_KEY messages stay in the outbox only (embedded mode, tests): nothing leaves the machine. */
export const outboxOnlyTransport: EmailTransport = {
  name: "outbox",
  send: async () => ({ providerId: null }),
};

export function resendTransport(apiKey: string, from: string): EmailTransport {
  const resend = new Resend(apiKey);
  return {
    name: "resend",
    async send({ to, subject, text }) {
      const { data, error } = await resend.emails.send({ from, to, subject, text });
      if (error) throw new Error(`Resend: ${error.message}`);
      return { providerId: data?.id ?? null };
    },
  };
}

export function emailTransportFromEnv(config: Pick<Env, "RESEND_API_KEY" | "EMAIL_FROM"> = env()): EmailTransport {
  return config.RESEND_API_KEY ? resendTransport(config.RESEND_API_KEY, config.EMAIL_FROM) : outboxOnlyTransport;
}
