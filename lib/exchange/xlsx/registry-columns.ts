import type { ColumnSpec } from "../columns";

export const DATA_SHEET = "Помещения и клиенты";
export const INSTRUCTION_SHEET = "Инструкция";

export const registryColumns = [
  { key: "building", header: "Объект (адрес или внешний ID)", aliases: ["Объект", "Адрес объекта", "Адрес дома"], required: true },
  { key: "premiseType", header: "Тип помещения", aliases: ["Тип"], required: true },
  { key: "number", header: "Номер помещения", aliases: ["Номер", "Помещение"], required: true },
  { key: "entrance", header: "Подъезд", required: true },
  { key: "floor", header: "Этаж", required: true },
  { key: "totalArea", header: "Общая площадь, м²", aliases: ["Общая площадь"], required: true },
  { key: "livingArea", header: "Жилая площадь, м²", aliases: ["Жилая площадь"], required: true },
  { key: "rooms", header: "Количество комнат", aliases: ["Комнат", "Комнаты"], required: true },
  { key: "premiseExternalId", header: "Внешний ID помещения", required: true },
  { key: "accountNumber", header: "Лицевой счёт", aliases: ["Номер лицевого счёта", "Л.С", "ЛС"], required: true },
  { key: "els", header: "ЕЛС", required: true },
  { key: "legalEntityInn", header: "ИНН юрлица", aliases: ["ИНН юридического лица"], required: true },
  { key: "lastName", header: "Фамилия (или название организации)", aliases: ["Фамилия"], required: true },
  { key: "firstName", header: "Имя", required: true },
  { key: "middleName", header: "Отчество", required: true },
  { key: "phone", header: "Телефон", required: true },
  { key: "email", header: "Email", aliases: ["E-mail", "Электронная почта"], required: true },
  { key: "basis", header: "Основание", aliases: ["Основание привязки"], required: true },
  { key: "share", header: "Доля в собственности", aliases: ["Доля"], required: true },
] as const satisfies readonly ColumnSpec<string>[];

export type RegistryColumnKey = (typeof registryColumns)[number]["key"];
