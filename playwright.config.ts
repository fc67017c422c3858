import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
// Each run starts from an empty embedded database seeded with the demo organisation before the server listens, so
// no test's first sign-in waits for a year of demo meter readings to be written.
const dataDir = process.env.E2E_DATA_DIR ?? ".data/e2e";

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI
    ? [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON ?? ".ci-results/e2e.json" }]]
    : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "ru-RU",
    timezoneId: "Europe/Moscow",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    command: `rm -rf ${dataDir} && npm run db:seed && npx next start -p ${port}`,
    url: `http://127.0.0.1:${port}/login`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    env: {
      DOMKOM_DATA_DIR: `${dataDir}/pglite`,
      DOMKOM_FILES_DIR: `${dataDir}/files`,
      AUTH_URL: `http://127.0.0.1:${port}`,
    },
  },
});
