import type { z } from "zod";
import type { MeterResource } from "@/db/schema";
import type { MeterRow } from "@/lib/meters/find-meter";
import type { meterUpdateSchema } from "@/lib/meters/meter-schema";
import { meterZones } from "@/lib/meters/meter-vocabulary";

// Plain module (no "use client"): the card's server page computes the values, the client forms read them.

/** The form values of the device's facts as inputs hold them (text), under an optional prefix ("next." when replacing). */
export const emptyMeterFacts = {
  resource: undefined as MeterResource | undefined,
  zones: "1",
  serialNumber: "",
  model: "",
  place: "",
  installedOn: "",
  manufacturedOn: "",
  verificationIntervalYears: "",
  nextVerificationOn: "",
  lastCheckedOn: "",
  sealNumber: "",
  digits: "",
  note: "",
};

export type MeterFormValues = z.input<typeof meterUpdateSchema>;

/** The stored meter as the form's text inputs hold it. */
export function meterFormValues(m: MeterRow): MeterFormValues {
  const text = (v: string | number | null) => (v === null ? "" : String(v));
  return {
    ...emptyMeterFacts,
    id: m.id,
    resource: m.resource,
    zones: String(m.zones),
    serialNumber: m.serialNumber,
    model: text(m.model),
    place: text(m.place),
    installedOn: text(m.installedOn),
    manufacturedOn: text(m.manufacturedOn),
    verificationIntervalYears: text(m.verificationIntervalYears),
    nextVerificationOn: text(m.nextVerificationOn),
    lastCheckedOn: text(m.lastCheckedOn),
    sealNumber: text(m.sealNumber),
    digits: text(m.digits),
    note: text(m.note),
    externalId: text(m.externalId),
    accountId: text(m.accountId),
    status: m.status === "decommissioned" ? "working" : m.status,
    statusSince: "",
  };
}


/** Empty reading inputs for exactly the zones of a meter: a zone it lacks would fail validation where no one can see it. */
export const blankReadings = (zones: number) => Object.fromEntries(meterZones(zones).map((zone) => [zone, ""]));
