import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

const root = process.cwd();

/** A server-action module: any file that starts with the "use server" directive, whatever it is called. */
const isServerActions = (file: string) => /\.tsx?$/.test(file) && /^\s*["']use server["']/.test(readFileSync(path.join(root, file), "utf8"));

/** Every server-action file and route handler under app/, as `file#export` targets. */
export async function discoverEntryPoints(): Promise<{ actions: string[]; routes: string[] }> {
  const files = readdirSync(path.join(root, "app"), { recursive: true, encoding: "utf8" }).map((f) => path.join("app", f));
  const actions: string[] = [];
  const routes: string[] = [];
  for (const file of files.sort()) {
    const base = path.basename(file);
    const isRoute = base === "route.ts";
    if (!isRoute && !isServerActions(file)) continue;
    const mod = (await import(path.join(root, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== "function") continue;
      (isRoute ? routes : actions).push(`${file}#${name}`);
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
