import type { z } from "zod";
import type { clientIdentifierFields, clientProfileFields } from "./client-schema";
import { clientSearchText } from "./client-name";

export type ClientProfile = Omit<z.output<typeof clientProfileFields>, "tags"> & Partial<z.output<typeof clientIdentifierFields>>;

/**
 * Column values for a client's profile: the status becomes blockedAt (kept from `current` while still blocked, so
 * the date says when the block began) and the search text follows the name and phone.
 */
export function clientValues({ status, ...fields }: ClientProfile, current?: { blockedAt: Date | null }) {
  return {
    ...fields,
    blockedAt: status === "blocked" ? (current?.blockedAt ?? new Date()) : null,
    searchText: clientSearchText(fields),
  };
}

type StoredClient = Omit<ClientProfile, "status" | "inn" | "kpp" | "ogrn" | "snils"> & {
  blockedAt: Date | null;
  inn: string | null;
  kpp: string | null;
  ogrn: string | null;
  snils: string | null;
};

/** The stored client as profile data, so that a partial update can lay the fields it got over it. */
export function profileOf(row: StoredClient): ClientProfile {
  return {
    type: row.type,
    status: row.blockedAt ? "blocked" : "active",
    lastName: row.lastName,
    firstName: row.firstName,
    middleName: row.middleName,
    phone: row.phone,
    email: row.email,
    gender: row.gender,
    birthDate: row.birthDate,
    passport: row.passport,
    passportNote: row.passportNote,
    registrationAddress: row.registrationAddress,
    registrationPostalCode: row.registrationPostalCode,
    registrationAddressNote: row.registrationAddressNote,
    contactPerson: row.contactPerson,
    note: row.note,
    isTester: row.isTester,
    inn: row.inn,
    kpp: row.kpp,
    ogrn: row.ogrn,
    snils: row.snils,
  };
}

const differ = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() !== b.getTime() : a !== b);

/** Whether writing `values` would change nothing of the stored row. */
export function sameValues(stored: Record<string, unknown>, values: Record<string, unknown>): boolean {
  return Object.entries(values).every(([key, value]) => !differ(stored[key], value));
}

export function sameTags(stored: readonly string[], sent: readonly string[]): boolean {
  const key = (names: readonly string[]) => [...new Set(names.map((n) => n.toLowerCase()))].sort().join("\n");
  return key(stored) === key(sent);
}
