import type { NextConfig } from "next";
import { SERVER_ACTION_BODY_BYTES, securityHeaders } from "./lib/core/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Answers the proxy does not see (route handlers, files, static assets) get the same headers, less the page's
  // Content-Security-Policy; HSTS goes only on https answers, which only the proxy can tell apart.
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(securityHeaders({ https: false })).map(([key, value]) => ({ key, value })) }];
  },
  // PGlite ships WASM and data files that must be loaded from node_modules at run time, not bundled; unzipper is
  // loaded from node_modules like exceljs, which uses the same copy, so both read a zip the same way.
  // @react-pdf/renderer (ЕПД receipts) loads its font engine and yoga's WASM at run time, as PGlite does.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "exceljs", "unzipper", "@react-pdf/renderer"],
  // Browsers ask for /favicon.ico on their own (tabs, bookmarks, non-HTML responses); the icon is the SVG in public/.
  redirects: async () => [{ source: "/favicon.ico", destination: "/icon.svg", permanent: true }],
  // /api/v1/docs serves the API reference viewer's script from node_modules (see lib/api/api-docs.ts).
  // Receipts embed DejaVu (lib/billing/receipts/receipt-document.tsx), read from node_modules at run time.
  outputFileTracingIncludes: {
    "/api/v1/docs/scalar.js": ["./node_modules/@scalar/api-reference/dist/browser/standalone.js"],
    "/crm/**": ["./node_modules/dejavu-fonts-ttf/ttf/DejaVuSansCondensed*.ttf"],
    "/cabinet/**": ["./node_modules/dejavu-fonts-ttf/ttf/DejaVuSansCondensed*.ttf"],
  },
  experimental: {
    // Server actions carry forms, never files (files go to the upload routes under /crm/uploads, which stream to
    // storage with their own limits and are kept out of the proxy), so every action, sign-in included, takes 1 MB.
    // The proxy buffers what passes through it: a little above the action limit, so an oversized action body is
    // refused whole with 413 rather than cut to a corrupt one.
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_BYTES },
    proxyClientMaxBodySize: 2 * SERVER_ACTION_BODY_BYTES,
    // Enables forbidden() so that pages answer 403 with our own page when a permission is missing.
    authInterrupts: true,
  },
};

export default nextConfig;
