import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Layers: app → lib → db, never back. These rules make a wrong-way import a lint error instead of a review note.
const domains = ["access", "api", "audit", "auth", "demo", "exchange", "files", "notify", "org", "registry", "residents"];
const upward = ["@/app/*", "@/components/*", "@/inngest/*"];
const layers = [
  {
    // db opens, migrates and describes the database; the demo data and CLI scripts that use services live above it.
    files: ["db/**/*.ts"],
    ignores: ["db/scripts/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [...upward, "@/lib/*", "@/auth"] }] },
  },
  {
    // Services are called from actions, routes, jobs and tests alike, so they know nothing of Next or the UI.
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [...upward, "@/auth", "next/*", "next"] }] },
  },
  {
    // The shared kernel and shared widgets serve every domain, so they may not depend on one.
    files: ["lib/core/**/*.ts", "components/**/*.ts", "components/**/*.tsx"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["@/app/*", "@/auth", "@/inngest/*", ...domains.map((d) => `@/lib/${d}/*`)] }],
    },
  },
];

const config = [
  ...nextVitals,
  ...nextTs,
  ...layers,
  { ignores: [".next/**", ".data/**", "node_modules/**", "db/migrations/**", "next-env.d.ts", "playwright-report/**", "test-results/**"] },
];

export default config;
