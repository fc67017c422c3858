import { readFile } from "node:fs/promises";
import path from "node:path";

/** Scalar's standalone browser build; next.config lists it in outputFileTracingIncludes so deployments carry it. */
export const SCALAR_BUNDLE = "node_modules/@scalar/api-reference/dist/browser/standalone.js";

let bundle: Promise<string> | undefined;
export const scalarBundle = () => (bundle ??= readFile(path.join(process.cwd(), SCALAR_BUNDLE), "utf8"));

// Scalar reads its configuration from these attributes, so the page needs no inline script (CSP stays strict).
// Everything that would call Scalar's own servers is off: default fonts (their CDN), the AI agent, MCP, telemetry
// and the developer toolbar; the UI speaks Russian.
const configuration = JSON.stringify({
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  mcp: { disabled: true },
  showDeveloperTools: "never",
  showToolbar: "never",
  localization: { locale: "ru" },
  metaData: { title: "Домком REST API" },
});

const escapeAttribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** GET /api/v1/docs: the reference page for /api/v1/openapi.json. */
export function apiDocsPage(): string {
  return `<!doctype html>
<html lang="ru">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Домком REST API</title>
  </head>
  <body>
    <script id="api-reference" data-url="/api/v1/openapi.json" data-configuration="${escapeAttribute(configuration)}"></script>
    <script src="/api/v1/docs/scalar.js"></script>
  </body>
</html>
`;
}
