import type { Locator } from "@playwright/test";

/** «1 234,5» as the screens print a reading → a number, for arithmetic in the test only. */
const number = (text: string) => Number(text.replace(/[\s\u00a0]/g, "").replace(",", "."));

/**
 * Types into every reading input within `scope` its previous reading plus one unit (a plausible month), and answers
 * the values typed, in the screens' notation, in input order.
 */
export async function fillNextReadings(scope: Locator): Promise<string[]> {
  const inputs = scope.locator('input[inputmode="decimal"]');
  const typed: string[] = [];
  for (let i = 0; i < (await inputs.count()); i++) {
    const input = inputs.nth(i);
    const hint = await input.locator("xpath=preceding-sibling::p[1]").innerText();
    const previous = /Предыдущее: ([\d\s\u00a0,]+) от/.exec(hint)?.[1];
    const value = String(Math.floor(previous ? number(previous) : 0) + 1);
    await input.fill(value);
    typed.push(value);
  }
  return typed;
}
