import { readdirSync } from "node:fs";
import path from "node:path";

const root = process.cwd();

/** Every server-action file and route handler under app/, as `file#export` targets. */
export async function discoverEntryPoints(): Promise<{ actions: string[]; routes: string[] }> {
  const files = readdirSync(path.join(root, "app"), { recursive: true, encoding: "utf8" }).map((f) => path.join("app", f));
  const actions: string[] = [];
  const routes: string[] = [];
  for (const file of files.sort()) {
    const base = path.basename(file);
    if (base !== "actions.ts" && base !== "route.ts") continue;
    const mod = (await import(path.join(root, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== "function") continue;
      (base === "actions.ts" ? actions : routes).push(`${file}#${name}`);
    }
  }
  return { actions, routes };
}

export async function loadTarget(target: string): Promise<(...args: unknown[]) => Promise<unknown>> {
  const [file, name] = target.split("#");
  const mod = (await import(path.join(root, file!))) as Record<string, unknown>;
  const fn = mod[name!];
  if (typeof fn !== "function") throw new Error(`${target} is not an exported function`);
  return fn as (...args: unknown[]) => Promise<unknown>;
}
