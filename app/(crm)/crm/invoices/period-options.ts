import { periodLabel } from "@/lib/meters/collection-window";

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** «Январь» … «Декабрь» with values "1" … "12", as the month filter and «Новый счёт» take them. */
export const monthOptions = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: capitalised(periodLabel(`2000-${String(i + 1).padStart(2, "0")}`).split(" ")[0] ?? "") }));

/** Years invoices are kept for: from 2020 to next year. */
export const yearOptions = (now = new Date()) =>
  Array.from({ length: now.getFullYear() + 2 - 2020 }, (_, i) => String(now.getFullYear() + 1 - i)).map((y) => ({ value: y, label: y }));
