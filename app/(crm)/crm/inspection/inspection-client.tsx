"use client";

import dynamic from "next/dynamic";

/**
 * The round reads its queue and the last loaded flats from the phone's storage as it starts, which only the browser
 * has: it is not rendered on the server at all.
 */
export const InspectionClient = dynamic(() => import("./inspection-round").then((m) => m.InspectionRoundScreen), {
  ssr: false,
  loading: () => <p className="text-sm text-muted-foreground">Загрузка…</p>,
});
