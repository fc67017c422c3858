import { expect, test } from "@playwright/test";
import { asLetters, chooseOption, randomLegalInn, readOutbox, runId, signIn, signOut } from "./support";

test("a new organisation signs up, sets up a building, invites a dispatcher, who is refused the roles section", async ({ page, context }) => {
  const id = runId();
  const director = `director-${id}@e2e.local`;
  const dispatcher = `dispatcher-${id}@e2e.local`;

  await page.goto("/signup");
  await expect(page.getByRole("heading", { name: "Подключение организации" })).toBeVisible();
  await page.getByLabel("Название организации").fill(`УК Рассвет ${asLetters(id)}`);
  await page.getByLabel("ИНН").fill(randomLegalInn());
  await page.getByLabel("Регион").fill("Москва");
  await page.getByLabel("Фамилия").fill("Петрова");
  await page.getByLabel("Имя", { exact: true }).fill("Анна");
  await page.getByLabel("Электронная почта").fill(director);
  await page.getByLabel("Телефон").fill("+7 900 111-22-33");
  await page.getByRole("button", { name: "Подключить организацию" }).click();
  await expect(page.getByText("Необходимо согласие на обработку персональных данных")).toBeVisible();
  await page.getByLabel("Даю согласие на обработку персональных данных").check();
  await page.getByRole("button", { name: "Подключить организацию" }).click();
  await expect(page.getByRole("status")).toContainText(`Пароль отправлен на ${director}`);

  const directorPassword = await readOutbox(context, director, /Пароль: (\S+)/);

  await page.goto("/login");
  await page.getByLabel("Электронная почта").fill(director);
  await page.getByLabel("Пароль").fill(`${directorPassword}x`);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Неверный email или пароль" })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, director, directorPassword);
  await expect(page.getByRole("heading", { name: "Начало работы" })).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Настройка организации" })).toBeVisible();
  await expect(page.getByText("Добавьте объекты")).toBeVisible();
  await expect(page.getByText("Пригласите сотрудников")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Вы входите с паролем из письма" })).toBeVisible();
  const buildingsStep = page.getByRole("listitem").filter({ hasText: "Добавьте объекты" });
  await expect(buildingsStep).not.toContainText("выполнено");
  const progress = page.getByRole("progressbar", { name: "Настройка организации" });
  const doneBefore = Number(await progress.getAttribute("aria-valuenow"));

  await page.goto("/crm/buildings/new");
  await page.getByLabel("Населённый пункт").fill("Москва");
  await page.getByLabel("Улица").fill("ул. Первая");
  await page.getByLabel("Дом", { exact: true }).fill("1");
  await page.getByRole("button", { name: "Добавить объект" }).click();
  await expect(page).toHaveURL(/\/crm\/buildings$/);
  await expect(page.getByRole("link", { name: /ул\. Первая, д\. 1/ })).toBeVisible();

  await page.goto("/crm");
  await expect(buildingsStep).toContainText("выполнено");
  await expect(progress).toHaveAttribute("aria-valuenow", String(doneBefore + 1));

  await page.goto("/crm/employees/new");
  await page.getByLabel("Фамилия").fill("Сидоров");
  await page.getByLabel("Имя", { exact: true }).fill("Иван");
  await chooseOption(page, "Роль доступа", "Диспетчер");
  await page.getByLabel("Электронная почта").fill(dispatcher);
  await page.getByRole("button", { name: "Добавить и отправить пароль" }).click();
  await expect(page).toHaveURL(/\/crm\/employees\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Сидоров Иван" })).toBeVisible();

  const dispatcherPassword = await readOutbox(context, dispatcher, /Пароль: (\S+)/);
  await signOut(page);

  await signIn(page, dispatcher, dispatcherPassword);
  const nav = page.getByRole("navigation", { name: "Разделы" });
  await expect(nav.getByRole("link", { name: "Объекты" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Роли доступа" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Сотрудники" })).toHaveCount(0);
  await page.goto("/crm/roles");
  await expect(page.getByRole("heading", { name: "Нет доступа" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Создать роль" })).toHaveCount(0);
});

test("a forged session cookie does not open the CRM", async ({ page, context }) => {
  await context.addCookies([{ name: "authjs.session-token", value: "forged", domain: "127.0.0.1", path: "/" }]);
  await page.goto("/crm");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("button", { name: "Войти" })).toBeVisible();
});
