import { expect, type BrowserContext, type Locator, type Page } from "@playwright/test";
import ExcelJS from "exceljs";

export const DEMO_PASSWORD = "demo12345";

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Электронная почта").fill(email);
  await page.getByLabel("Пароль").fill(password);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page).toHaveURL(/\/crm/);
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Выйти" }).click();
  await expect(page).toHaveURL(/\/login/);
}

/**
 * The first capture group of `pattern` in the newest outbox message to `to` that matches it. Read in a page of its
 * own, so that a half-filled form (a code was just requested) stays as it is; retried while delivery catches up.
 */
export async function readOutbox(context: BrowserContext, to: string, pattern: RegExp): Promise<string> {
  const page = await context.newPage();
  try {
    let found: string | undefined;
    await expect(async () => {
      await page.goto(`/dev/outbox?to=${encodeURIComponent(to)}`);
      const bodies = await page.getByTestId("outbox-message").locator("pre").allInnerTexts();
      found = bodies.map((body) => pattern.exec(body)?.[1]).find((v) => v !== undefined);
      expect(found, `a message to ${to} matching ${pattern}`).toBeDefined();
    }).toPass({ timeout: 15_000 });
    return found ?? "";
  } finally {
    await page.close();
  }
}

/** lib/demo/demo-logins.ts: the demo resident, owner of a flat with meters and invoices. */
export const DEMO_RESIDENT_PHONE = "+79000000099";

/** Signs a resident in to the cabinet with the SMS code read from the outbox; ends on /cabinet. */
export async function signInResident(context: BrowserContext, page: Page, phone: string) {
  await page.goto("/cabinet/login");
  await page.getByLabel("Телефон").fill(phone);
  await page.getByRole("button", { name: "Получить код" }).click();
  // One code a minute per phone: when another spec has just signed the same resident in, wait as a person would.
  const cooldown = page.getByRole("alert").filter({ hasText: /Новый код можно запросить через \d+/ });
  const code = page.getByLabel("Код из SMS");
  // On a fresh server the first request seeds the demo organisation (a year of readings): give it time.
  await expect(code.or(cooldown)).toBeVisible({ timeout: 60_000 });
  if (await cooldown.isVisible()) {
    const seconds = Number(/через (\d+)/.exec(await cooldown.innerText())?.[1] ?? 60);
    await page.waitForTimeout((seconds + 1) * 1000);
    await page.getByRole("button", { name: "Получить код" }).click();
  }
  await expect(code).toBeVisible({ timeout: 60_000 });
  await code.fill(await readOutbox(context, phone, /Код для входа в Домком: (\d{6})/));
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page).toHaveURL(/\/cabinet$/);
}

/** A token unique to this run, so that a test can be repeated against the same database. */
export const runId = () => `${Date.now().toString().slice(-7)}${Math.floor(Math.random() * 10)}`;

/** Digits spelled as lowercase Cyrillic letters: names accept letters only, and still must not repeat. */
export const asLetters = (digits: string) => [...digits].map((d) => "абвгдежзик"[Number(d)]).join("");

/** A random ИНН of a legal entity (10 digits) with a correct check digit. */
export function randomLegalInn(): string {
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const body = Array.from({ length: 9 }, (_, i) => (i === 0 ? 7 : Math.floor(Math.random() * 10)));
  const check = (body.reduce((sum, d, i) => sum + d * (weights[i] ?? 0), 0) % 11) % 10;
  return [...body, check].join("");
}

/**
 * Picks an option of a shadcn Select found by its label within `scope` (a dialog, say, when the page behind it has a
 * filter of the same name); the options open in a portal, so they are looked for on the whole page.
 */
export async function chooseOption(page: Page, label: string, option: string | RegExp, scope: Page | Locator = page) {
  await scope.getByLabel(label, { exact: true }).click();
  await page.getByRole("option", { name: option }).click();
}

/** The first sheet of a downloaded .xlsx as rows of cell texts. */
export async function sheetRows(path: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? "" : String(v)))));
  return rows;
}
