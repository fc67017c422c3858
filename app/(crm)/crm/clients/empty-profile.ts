import type { z } from "zod";
import type { clientProfileFields } from "@/lib/registry/clients/client-schema";

/** Form inputs hold "" for an empty value; the schema turns "" back into null on save. */
export const emptyProfile: z.input<typeof clientProfileFields> = {
  type: "individual",
  status: "active",
  lastName: "",
  firstName: "",
  middleName: "",
  phone: "",
  email: "",
  gender: "",
  birthDate: "",
  passport: "",
  passportNote: "",
  registrationAddress: "",
  registrationPostalCode: "",
  registrationAddressNote: "",
  contactPerson: "",
  note: "",
  isTester: false,
  tags: [],
};
