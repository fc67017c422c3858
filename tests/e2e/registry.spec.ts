import { expect, test } from "@playwright/test";
import { asLetters, chooseOption, DEMO_PASSWORD, readOutbox, runId, signIn } from "./support";

// The limit of one SMS code per phone per minute covers every purpose, registration and sign-in alike.
const OTP_RESEND_MS = 61_000;

test("staff register a premise with its owner and account; the owner registers in the cabinet and, once approved, sees it", async ({ browser }) => {
  test.setTimeout(180_000);
  const id = runId();
  const flat = `9${id.slice(-5)}`;
  const account = `77${id}`;
  const ownerPhone = `+791${id}`;
  // A phone already linked to the premise signs in straight away and may not register; registration is for a phone
  // the organisation does not know yet — here the owner's new number, under the owner's surname.
  const phone = `+792${id}`;
  const surname = `Проверкин${asLetters(id.slice(-4))}`;

  const staff = await browser.newContext();
  const admin = await staff.newPage();
  await signIn(admin, "admin@demo.local", DEMO_PASSWORD);

  await admin.goto("/crm/premises");
  await expect(admin.getByRole("heading", { name: "Помещения" })).toBeVisible();
  await admin.getByRole("button", { name: "Добавить", exact: true }).click();
  const premiseDialog = admin.getByRole("dialog", { name: "Новое помещение" });
  await chooseOption(admin, "Объект", /ул\. Ленина, д\. 5$/, premiseDialog);
  await premiseDialog.getByLabel("Номер квартиры").fill(flat);
  await premiseDialog.getByLabel("Общая площадь, м²").fill("54,3");
  await premiseDialog.getByRole("button", { name: "Сохранить" }).click();
  await expect(admin).toHaveURL(/\/crm\/premises\/[0-9a-f-]{36}$/);
  const premiseUrl = admin.url();
  const address = (await admin.getByRole("heading", { level: 1 }).innerText()).trim();
  expect(address).toContain(`ул. Ленина, д. 5, кв. ${flat}`);

  await admin.goto("/crm/clients/new");
  await admin.getByLabel("Фамилия", { exact: true }).fill(surname);
  await admin.getByLabel("Имя", { exact: true }).fill("Ольга");
  await admin.getByLabel("Телефон", { exact: true }).fill(ownerPhone);
  await admin.getByRole("button", { name: "Сохранить" }).click();
  await expect(admin).toHaveURL(/\/crm\/clients\/[0-9a-f-]{36}/);
  await expect(admin.getByRole("heading", { name: new RegExp(surname) })).toBeVisible();

  await admin.goto(premiseUrl);
  await admin.getByRole("tab", { name: "Клиенты" }).click();
  await expect(admin.getByText("За помещением пока никто не закреплён")).toBeVisible();
  await admin.getByRole("button", { name: "Добавить", exact: true }).click();
  const linkDialog = admin.getByRole("dialog");
  await linkDialog.getByLabel("ФИО или телефон клиента").fill(ownerPhone.slice(2));
  await linkDialog.getByRole("button", { name: new RegExp(surname) }).click();
  await expect(linkDialog.getByLabel("Основание")).toContainText("Собственник");
  await linkDialog.getByRole("button", { name: "Сохранить" }).click();
  await expect(linkDialog).toBeHidden();
  await expect(admin.getByRole("row").filter({ hasText: surname })).toBeVisible();

  await admin.getByRole("tab", { name: "Лицевые счета" }).click();
  await expect(admin.getByText("Лицевых счетов пока нет")).toBeVisible();
  await admin.getByRole("button", { name: "Добавить", exact: true }).click();
  const accountDialog = admin.getByRole("dialog", { name: "Новый лицевой счёт" });
  await accountDialog.getByLabel("Номер лицевого счёта").fill(account);
  await accountDialog.getByRole("button", { name: "Сохранить" }).click();
  await expect(accountDialog).toBeHidden();
  await expect(admin.getByRole("cell", { name: account })).toBeVisible();

  const residentContext = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const resident = await residentContext.newPage();
  await resident.goto("/cabinet/register");
  await resident.getByLabel("Управляющая организация или ТСЖ").fill("УК Демо");
  await resident.getByRole("button", { name: /УК Демо/ }).first().click();
  await expect(resident.getByRole("button", { name: "Изменить" })).toBeVisible();
  await resident.getByLabel("Номер лицевого счёта").fill(account);
  await resident.getByLabel("Фамилия").fill(surname);
  await resident.getByLabel("Мобильный телефон").fill(phone);
  await resident.getByRole("button", { name: "Выслать код" }).click();
  const codeRequestedAt = Date.now();
  const registrationCode = await readOutbox(residentContext, phone, /Код для регистрации в Домкоме: (\d{6})/);
  await resident.getByLabel("Код из SMS").fill(registrationCode);
  await resident.getByLabel("Даю согласие на обработку персональных данных").check();
  await resident.getByRole("button", { name: "Зарегистрироваться" }).click();
  await expect(resident.getByRole("status")).toContainText("Заявка отправлена");

  await admin.goto("/crm/clients/registration-requests");
  const request = admin.getByRole("row").filter({ hasText: surname });
  await expect(request).toContainText(account);
  await expect(request).toContainText(`кв. ${flat}`);
  await request.getByRole("button", { name: "Одобрить" }).click();
  await admin.getByRole("dialog", { name: "Одобрить заявку?" }).getByRole("button", { name: "Одобрить" }).click();
  await expect(admin.getByText("Заявка одобрена: собственник")).toBeVisible();
  await expect(admin.getByRole("row").filter({ hasText: surname })).toHaveCount(0);
  await staff.close();

  await resident.goto("/cabinet/login");
  await resident.getByLabel("Телефон").fill(phone);
  await resident.waitForTimeout(Math.max(0, codeRequestedAt + OTP_RESEND_MS - Date.now()));
  await resident.getByRole("button", { name: "Получить код" }).click();
  const signInCode = await readOutbox(residentContext, phone, /Код для входа в Домком: (\d{6})/);
  await resident.getByLabel("Код из SMS").fill(signInCode);
  await resident.getByRole("button", { name: "Войти" }).click();
  await expect(resident).toHaveURL(/\/cabinet$/);
  await expect(resident.getByRole("heading", { name: "Мои помещения" })).toBeVisible();
  await expect(resident.getByText(address)).toBeVisible();
  await expect(resident.getByText(`Лицевой счёт № ${account}`)).toBeVisible();

  // The cabinet is phone-first: at 360 px nothing may stick out sideways.
  const scrollWidth = await resident.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(360);
  await residentContext.close();
});
