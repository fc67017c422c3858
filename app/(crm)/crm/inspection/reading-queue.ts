import type { InspectionRound } from "@/lib/meters/inspection-round";
import type { ZoneView } from "@/lib/meters/premise-meter-view";

/** One flat's readings as the phone keeps them until the server has answered. */
export type QueuedFlat = {
  /** The batch; a flat saved again after a refusal replaces its entry. */
  id: string;
  buildingId: string;
  premiseId: string;
  flatLabel: string;
  readings: { meterId: string; zone: ZoneView["zone"]; value: string; confirmed: boolean; submissionId: string }[];
  /** pending: not answered yet (offline, or the answer was lost); refused: the server found problems, the inspector must look. */
  status: "pending" | "refused";
  problems?: { meterId: string; zone: string; message: string; confirmable: boolean }[];
  message?: string;
  queuedAt: string;
};

const QUEUE_KEY = "domkom.inspection.queue";
const roundKey = (buildingId: string) => `domkom.inspection.round.${buildingId}`;
export const BUILDING_KEY = "domkom.inspection.building";

function read<T>(key: string, fallback: T): T {
  try {
    const text = window.localStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

/** The queue lives in localStorage: it survives a closed tab, a reload and a phone that kills the browser. */
export const loadQueue = (): QueuedFlat[] => read<QueuedFlat[]>(QUEUE_KEY, []);
export const saveQueue = (queue: readonly QueuedFlat[]) => window.localStorage.setItem(QUEUE_KEY, JSON.stringify(queue));

/** The last round loaded for a building: the list of flats is still there when the network is not. */
export const loadCachedRound = (buildingId: string) => read<InspectionRound | null>(roundKey(buildingId), null);
export const cacheRound = (round: InspectionRound) => window.localStorage.setItem(roundKey(round.buildingId), JSON.stringify(round));

/**
 * The submission id of a reading: random, made on the phone. crypto.randomUUID exists only on secure pages (HTTPS,
 * localhost); an inspector may open the CRM over the local network by plain HTTP, where getRandomValues still works.
 */
export function newSubmissionId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
