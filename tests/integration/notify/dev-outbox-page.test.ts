import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAppTestDb, type TestDb } from "@/tests/support/test-db";

const peer = vi.hoisted(() => ({ address: "127.0.0.1" }));
vi.mock("next/headers", async () => {
  const { SOCKET_ADDRESS_HEADER, socketAddressStamp } = await import("@/lib/core/client-ip");
  // The caller claims to be local; only the stamped socket address counts.
  return { headers: async () => new Headers({ "x-forwarded-for": "127.0.0.1", [SOCKET_ADDRESS_HEADER]: socketAddressStamp(peer.address) }) };
});
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));

let t: TestDb;
beforeAll(async () => {
  t = await createAppTestDb();
});
afterAll(() => t?.close());

const render = async () => {
  const { default: DevOutboxPage } = await import("@/app/dev/outbox/page");
  return DevOutboxPage({ searchParams: Promise.resolve({}) });
};

describe("/dev/outbox in embedded mode", () => {
  it("answers a caller on this machine", async () => {
    for (const address of ["127.0.0.1", "::1", "::ffff:127.0.0.1"]) {
      peer.address = address;
      await expect(render()).resolves.toBeTruthy();
    }
  });

  it("is not found for a caller from the network, whatever X-Forwarded-For claims", async () => {
    for (const address of ["192.168.1.20", "203.0.113.5", "::ffff:10.0.0.7"]) {
      peer.address = address;
      await expect(render()).rejects.toThrow("NEXT_NOT_FOUND");
    }
  });
});
