export const buildingTabs = ["object", "premises", "tariffs", "suppliers", "settings"] as const;
export type BuildingTab = (typeof buildingTabs)[number];

export const buildingTabLabels: Record<BuildingTab, string> = { object: "Объект", premises: "Помещения", tariffs: "Тарифы", suppliers: "Внешние поставщики", settings: "Настройки" };

/** The open tab from `?tab=`; anything unknown, or a tab the employee may not open, opens «Объект». */
export function buildingTabFrom(value: string | string[] | undefined, allowed: readonly BuildingTab[]): BuildingTab {
  return allowed.find((t) => t === value) ?? "object";
}
