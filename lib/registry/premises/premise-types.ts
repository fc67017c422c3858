import type { PremiseType } from "@/db/schema";

/**
 * What each type of premise is called and which address fields it has (seed 002 §3: «для каждого типа помещения
 * набор полей может отличаться»). `short` prefixes the number in addresses: «кв. 12», «м/м 3».
 */
type PremiseTypeInfo = {
  label: string;
  short: string;
  numberLabel: string;
  entrance: boolean;
  floor: boolean;
  rooms: boolean;
  livingArea: boolean;
};

export const premiseTypeInfo: Record<PremiseType, PremiseTypeInfo> = {
  flat: { label: "Квартира", short: "кв.", numberLabel: "Номер квартиры", entrance: true, floor: true, rooms: true, livingArea: true },
  parking: { label: "Машиноместо", short: "м/м", numberLabel: "Номер машиноместа", entrance: false, floor: true, rooms: false, livingArea: false },
  storeroom: { label: "Кладовая", short: "кладовая", numberLabel: "Номер кладовой", entrance: true, floor: true, rooms: false, livingArea: false },
  apartment: { label: "Апартаменты", short: "апарт.", numberLabel: "Номер апартаментов", entrance: true, floor: true, rooms: true, livingArea: true },
  non_residential: { label: "Нежилое помещение", short: "пом.", numberLabel: "Номер помещения", entrance: true, floor: true, rooms: false, livingArea: false },
  house: { label: "Дом", short: "дом", numberLabel: "Номер дома на участке", entrance: false, floor: false, rooms: true, livingArea: true },
  townhouse: { label: "Таунхаус", short: "таунхаус", numberLabel: "Номер таунхауса", entrance: false, floor: false, rooms: true, livingArea: true },
  duplex: { label: "Дуплекс", short: "дуплекс", numberLabel: "Номер дуплекса", entrance: false, floor: false, rooms: true, livingArea: true },
  room: { label: "Комната", short: "комн.", numberLabel: "Номер комнаты", entrance: true, floor: true, rooms: false, livingArea: true },
  land_plot: { label: "Участок", short: "уч.", numberLabel: "Номер участка", entrance: false, floor: false, rooms: false, livingArea: false },
};

export const premiseTypeOptions = Object.entries(premiseTypeInfo).map(([value, info]) => ({ value, label: info.label }));
