import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, paymentGateways } from "@/db/schema";
import { archiveGateway } from "@/lib/payments/gateways/archive-gateway";
import { createGateway } from "@/lib/payments/gateways/create-gateway";
import { decryptGatewaySecret } from "@/lib/payments/gateways/gateway-secrets";
import { gatewayFormSchema } from "@/lib/payments/gateways/gateway-schema";
import { listGateways } from "@/lib/payments/gateways/list-gateways";
import { updateGateway } from "@/lib/payments/gateways/update-gateway";
import { makePayee } from "@/tests/support/billing-fixtures";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import "@/tests/support/payment-fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let org: OrgFixture;
let other: OrgFixture;
let payee: Awaited<ReturnType<typeof makePayee>>;

beforeAll(async () => {
  t = await createTestDb();
  org = await createOrg(t.db, "Шлюзы");
  other = await createOrg(t.db, "Соседи");
  payee = await makePayee(t.db, org.orgId);
});
afterAll(() => t.close());

const raw = (overrides: Record<string, unknown> = {}) => ({
    legalEntityId: payee.legalEntity.id,
    bankAccountId: payee.bankAccount.id,
    provider: "tbank",
    name: "Терминал",
    accountKey: "Terminal1",
    secret: "terminal-password",
    commissionPayer: "payer",
    commissionPercent: "1,75",
    commissionMin: "30,50",
    isActive: true,
    ...overrides,
  });
const form = (overrides: Record<string, unknown> = {}) => gatewayFormSchema.parse(raw(overrides));
const row = async (id: string) => (await t.db.select().from(paymentGateways).where(eq(paymentGateways.id, id)))[0]!;

describe("gateway settings", () => {
  it("seals the secret, never lists it back, and keeps it when an edit leaves it blank", async () => {
    const { id } = await createGateway(org.director, form());
    const stored = await row(id);
    expect(stored).toMatchObject({ commissionBp: 175, commissionMinKopecks: 3_050n, commissionPayer: "payer" });
    expect(stored.secretEncrypted).not.toContain("terminal-password");
    expect(decryptGatewaySecret(stored.secretEncrypted!)).toBe("terminal-password");
    const listed = await listGateways(org.director);
    expect(JSON.stringify(listed, (_, v: unknown) => (typeof v === "bigint" ? v.toString() : v))).not.toContain(stored.secretEncrypted!);
    expect(listed[0]).toMatchObject({ secretSet: true, accountKey: "Terminal1" });
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(JSON.stringify(audit)).not.toContain(stored.secretEncrypted!);

    await updateGateway(org.director, id, form({ name: "Терминал 2", secret: "" }));
    expect(decryptGatewaySecret((await row(id)).secretEncrypted!)).toBe("terminal-password");
    await expect(updateGateway(org.director, id, form({ provider: "yookassa", accountKey: "shop", secret: "" }))).rejects.toThrow(/Проверьте поля/);
  });

  it("generates the sandbox's signing key; asks a real gateway for its secret and key", async () => {
    const { id } = await createGateway(org.director, form({ provider: "sandbox", accountKey: "", secret: "" }));
    expect((await row(id)).secretEncrypted).toMatch(/^v1:/);
    await expect(createGateway(org.director, form({ secret: "" }))).rejects.toThrow(/Проверьте поля/);
    expect(gatewayFormSchema.safeParse(raw({ commissionPercent: "1,755" })).error?.issues.map((i) => i.path[0])).toEqual(["commissionPercent"]);
    expect(gatewayFormSchema.safeParse(raw({ accountKey: "" })).error?.issues.map((i) => i.message)).toEqual(["Укажите TerminalKey терминала"]);
  });

  it("refuses another organisation's legal entity and gateway, and archives with a trace", async () => {
    await expect(createGateway(other.director, form())).rejects.toThrow(/не найдено/);
    const { id } = await createGateway(org.director, form());
    await expect(archiveGateway(other.director, id)).rejects.toThrow(/не найден/);
    await archiveGateway(org.director, id);
    expect(await row(id)).toMatchObject({ isActive: false, archivedAt: expect.any(Date) });
    expect((await listGateways(org.director)).some((g) => g.id === id)).toBe(false);
  });
});
