import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "exceljs"],
  // /api/v1/docs serves the API reference viewer's script from node_modules (see lib/api/api-docs.ts).
  outputFileTracingIncludes: { "/api/v1/docs/scalar.js": ["./node_modules/@scalar/api-reference/dist/browser/standalone.js"] },
  experimental: {
    // Imports take files up to 50 MB; the proxy buffers request bodies too, so both limits leave room for the form.
    serverActions: { bodySizeLimit: "52mb" },
    proxyClientMaxBodySize: "52mb",
    // Enables forbidden() so that pages answer 403 with our own page when a permission is missing.
    authInterrupts: true,
  },
};

export default nextConfig;
