import { describe, expect, it } from "vitest";
import { visibleSections } from "@/components/crm/nav-sections";
import { allPermissions } from "@/lib/core/permissions";
import { defaultRoles } from "@/lib/access/default-roles";

const presetPermissions = (preset: string) => new Set(defaultRoles.find((r) => r.preset === preset)?.permissions ?? []);
const outline = (permissions: Parameters<typeof visibleSections>[0]) =>
  visibleSections(permissions).map((s) => `${s.label}: ${s.comingFor ? "скоро" : s.items.map((i) => i.label).join(", ")}`);

describe("the sidebar shows a role only what it may open", () => {
  it("gives a dispatcher the registry and the coming requests, and no settings at all", () => {
    expect(outline(presetPermissions("dispatcher"))).toEqual([
      "Управление: Главная, Объекты, Помещения, Лицевые счета, Клиенты",
      "Заявки: скоро",
    ]);
  });

  it("gives the meter inspector the meters section and the registry they walk, nothing of money", () => {
    expect(outline(presetPermissions("meter_inspector"))).toEqual([
      "Управление: Главная, Объекты, Помещения, Лицевые счета, Импорт",
      "Приборы учёта: Приборы учёта, Ввод показаний, История показаний, Обход квартир",
    ]);
  });

  it("gives a director every section", () => {
    expect(outline(new Set(allPermissions)).map((s) => s.split(":")[0])).toEqual(["Управление", "Приборы учёта", "Финансы", "Заявки", "Маркетплейс", "Настройки"]);
  });

  it("leaves a role without permissions its home and the buildings list", () => {
    expect(outline(new Set())).toEqual(["Управление: Главная, Объекты"]);
  });
});
