import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { auditActionLabels, auditEntityTypeLabels } from "@/lib/audit/audit-labels";

const ROOT = path.resolve(__dirname, "../../..");

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** String literals anywhere inside `node` (a ternary picks one of two codes, say). */
function literalsIn(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  const found: string[] = [];
  ts.forEachChild(node, (child) => void found.push(...literalsIn(child)));
  return found;
}

/**
 * Verbs of actions that change a record that stays (a link «removed» keeps its row with removed_at): the journal must
 * show it before and after. Deleting a row (client.external_id_removed, role.deleted) has only a «before».
 */
const CHANGE = /\.((\w+_)?(updated|changed|set|renamed)|archived|restored|blocked|unblocked|revoked|removed|approved|declined)$/;
// Sign-in events change no data a person could compare; a password is never shown.
const EVENTS = /^auth\./;

/** The `action` and `entityType` codes of every audit entry written in lib/, app/ and inngest/. */
function auditCodes(): { actions: Set<string>; entityTypes: Set<string>; changesWithoutBoth: string[] } {
  const actions = new Set<string>();
  const entityTypes = new Set<string>();
  const changesWithoutBoth: string[] = [];
  for (const file of ["lib", "app", "inngest"].flatMap(sourceFiles)) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isObjectLiteralExpression(node)) {
        const props = new Map(
          node.properties.filter(ts.isPropertyAssignment).flatMap((p) => (ts.isIdentifier(p.name) ? [[p.name.text, p.initializer] as const] : [])),
        );
        const action = props.get("action");
        const entityType = props.get("entityType");
        if (action && entityType) {
          literalsIn(action).forEach((code) => actions.add(code));
          literalsIn(entityType).forEach((code) => entityTypes.add(code));
          const names = new Set(node.properties.flatMap((p) => (p.name && ts.isIdentifier(p.name) ? [p.name.text] : [])));
          const changes = literalsIn(action).filter((code) => CHANGE.test(code) && !EVENTS.test(code));
          if (changes.length && !(names.has("before") && names.has("after"))) {
            changesWithoutBoth.push(`${path.relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${changes.join("/")}`);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { actions, entityTypes, changesWithoutBoth };
}

describe("audit journal labels", () => {
  it("every action and record type written anywhere has a Russian name", () => {
    const { actions, entityTypes } = auditCodes();
    expect(actions.size).toBeGreaterThan(50);
    expect([...actions].filter((code) => !Object.hasOwn(auditActionLabels, code))).toEqual([]);
    expect([...entityTypes].filter((code) => !Object.hasOwn(auditEntityTypeLabels, code))).toEqual([]);
  });

  it("every change of an existing record writes what it was before and what it became", () => {
    expect(auditCodes().changesWithoutBoth).toEqual([]);
  });

  it("names are Russian sentences, not codes", () => {
    for (const label of [...Object.values(auditActionLabels), ...Object.values(auditEntityTypeLabels)]) {
      expect(label).toMatch(/^[А-ЯЁA-Z][^_]*$/);
    }
  });
});
