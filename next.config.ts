import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time, not bundled; exceljs and
  // unzipper are CommonJS with optional requires the bundler would try to resolve.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "exceljs", "unzipper"],
  // Browsers ask for /favicon.ico on their own (tabs, bookmarks, non-HTML responses); the icon is the SVG in public/.
  redirects: async () => [{ source: "/favicon.ico", destination: "/icon.svg", permanent: true }],
  experimental: {
    // Imports take files up to 50 MB; the proxy buffers request bodies too, so both limits leave room for the form.
    serverActions: { bodySizeLimit: "52mb" },
    proxyClientMaxBodySize: "52mb",
    // Enables forbidden() so that pages answer 403 with our own page when a permission is missing.
    authInterrupts: true,
  },
};

export default nextConfig;
