type NameParts = { lastName: string | null; firstName: string | null; middleName: string | null; phone?: string | null };

/** «Иванов Иван Иванович», a company's name, or the phone of a client known only by it. */
export function formatClientName(c: NameParts): string {
  const name = [c.lastName, c.firstName, c.middleName].filter(Boolean).join(" ");
  return name || c.phone || "Клиент без имени";
}

/** What clients.search_text holds: the lower-cased full name and the phone's digits. */
export function clientSearchText(c: NameParts): string {
  const name = [c.lastName, c.firstName, c.middleName].filter(Boolean).join(" ").toLowerCase();
  return [name, c.phone?.replace(/\D/g, "")].filter(Boolean).join(" ");
}
