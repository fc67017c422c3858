import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { contentSecurityPolicy, newNonce } from "@/lib/core/security-headers";

const gate = vi.fn<(request: NextRequest) => Promise<Response>>();
vi.mock("@/auth", () => ({ auth: (request: NextRequest) => gate(request) }));
const { proxy, config } = await import("@/proxy");

const visit = (url: string) => proxy(new NextRequest(url), {} as never);
const policyOf = (response: Response) => response.headers.get("content-security-policy") ?? "";

beforeEach(() => {
  gate.mockReset();
  gate.mockImplementation(async () => new Response(null, { headers: { "x-middleware-next": "1", "set-cookie": "authjs.session-token=refreshed" } }));
});

describe("security headers", () => {
  it("gives a page a CSP with a fresh nonce that Next.js can read from the request, and the other headers", async () => {
    const first = await visit("http://localhost/login");
    const second = await visit("http://localhost/login");
    const nonce = /'nonce-([^']+)'/.exec(policyOf(first))?.[1];
    expect(nonce).toBeTruthy();
    expect(policyOf(second)).not.toContain(nonce);
    expect(policyOf(first)).toContain("frame-ancestors 'none'");
    expect(policyOf(first)).toContain("'strict-dynamic'");
    expect(policyOf(first)).not.toContain("unsafe-eval");
    // What NextResponse.next({ request: { headers } }) hands on to the render.
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policyOf(first));
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    expect(first.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(first.headers.get("strict-transport-security")).toBeNull();
  });

  it("adds HSTS over https", async () => {
    expect((await visit("https://domkom.example/cabinet/login")).headers.get("strict-transport-security")).toMatch(/^max-age=\d+/);
  });

  it("passes only /crm through the session gate, keeping its redirect and its refreshed cookie", async () => {
    await visit("http://localhost/cabinet/login");
    await visit("http://localhost/crmx");
    expect(gate).not.toHaveBeenCalled();

    const signedIn = await visit("http://localhost/crm/premises");
    expect(gate).toHaveBeenCalledTimes(1);
    expect(signedIn.headers.get("set-cookie")).toContain("authjs.session-token=refreshed");

    gate.mockResolvedValueOnce(Response.redirect("http://localhost/login?callbackUrl=%2Fcrm", 307));
    const signedOut = await visit("http://localhost/crm");
    expect(signedOut.status).toBe(307);
    expect(signedOut.headers.get("location")).toContain("/login");
    expect(policyOf(signedOut)).toContain("frame-ancestors 'none'");
  });

  it("leaves the REST API, the upload routes and static files out of the proxy", () => {
    const matcher = new RegExp(`^${config.matcher[0]}$`);
    for (const path of ["/login", "/crm", "/crm/premises", "/cabinet/login", "/dev/outbox"]) expect(matcher.test(path), path).toBe(true);
    for (const path of ["/api/v1/clients", "/crm/uploads/import", "/_next/static/chunks/app.js"]) expect(matcher.test(path), path).toBe(false);
  });

  it("answers 413 in Russian to a server action whose body is over 1 MB, sign-in included", async () => {
    const request = new NextRequest("http://localhost/login", { method: "POST", headers: { "Next-Action": "abc", "Content-Length": String(2 * 1024 * 1024) } });
    const response = await proxy(request, {} as never);
    expect(response.status).toBe(413);
    expect(await response.text()).toMatch(/^Слишком большой запрос/);
    const small = new NextRequest("http://localhost/login", { method: "POST", headers: { "Next-Action": "abc", "Content-Length": "200" } });
    expect((await proxy(small, {} as never)).status).toBe(200);
  });

  it("allows eval only in development", () => {
    expect(contentSecurityPolicy(newNonce(), { development: true })).toContain("'unsafe-eval'");
  });
});
