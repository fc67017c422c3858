import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    setupFiles: ["tests/support/quiet-log.ts"],
    // next-auth imports "next/server" without an extension, which only a bundler resolves; let Vite handle it.
    server: { deps: { inline: ["next-auth"] } },
    // Uploaded files of tests go to a scratch folder, never into the developer's .data.
    env: {
      DOMKOM_FILES_DIR: path.join(os.tmpdir(), "domkom-test-files"),
    },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration files each open their own database; two cores are all the machine has.
    maxWorkers: 2,
    // CI asks for a JSON report too, to add up the totals of all stages.
    reporters: process.env.VITEST_JSON ? ["default", ["json", { outputFile: process.env.VITEST_JSON }]] : ["default"],
  },
});
