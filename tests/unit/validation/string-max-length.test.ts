import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../../..");
const FOLDERS = ["lib", "app", "components"];
/**
 * Allowed to call z.string() bare: the helpers boundedString is built from (it adds the maximum), and the
 * configuration schema, which reads the operator's environment, not anyone's input.
 */
const EXEMPT = ["lib/core/text.ts", "lib/core/env.ts"];

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

/** Method names called on the result of `call`, in order: z.string().trim().max(5) → ["trim", "max"]. */
function chainAfter(call: ts.CallExpression): string[] {
  const names: string[] = [];
  let node: ts.Node = call;
  while (ts.isPropertyAccessExpression(node.parent) && ts.isCallExpression(node.parent.parent)) {
    names.push(node.parent.name.text);
    node = node.parent.parent;
  }
  return names;
}

/** Every `z.string(…)` in the file whose chain sets no maximum, as "file:line". */
function unboundedStrings(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === "string" &&
      ts.isIdentifier(node.expression.expression) &&
      node.expression.expression.text === "z"
    ) {
      const chain = chainAfter(node);
      if (!chain.includes("max") && !chain.includes("length")) {
        found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("string fields", () => {
  it("every z.string() in lib/, app/ and components/ has a maximum length (or uses boundedString)", () => {
    const files = FOLDERS.flatMap(sourceFiles).filter((file) => !EXEMPT.includes(file));
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap(unboundedStrings)).toEqual([]);
  });
});
