import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "exceljs"],
  experimental: {
    serverActions: { bodySizeLimit: "20mb" },
    // Enables forbidden() so that pages answer 403 with our own page when a permission is missing.
    authInterrupts: true,
  },
};

export default nextConfig;
