import { expect } from "vitest";
import { exportJobs } from "@/db/schema";
import { storage } from "@/lib/storage/storage";
import type { EntryCases } from "../case-types";

export const cases: EntryCases = {
  routes: [
    {
      target: "app/(crm)/crm/exports/[id]/file/route.ts#GET",
      access: "any-staff",
      // A finished export of organisation A's director, file and all, asked for by its id. Made once (a fixed id),
      // so the snapshot taken around later requests sees no change.
      request: async ({ db, a }) => {
        const id = "6f1c0a4e-0000-4000-8000-0000000e0001";
        const key = `${a.orgId}/exports/${id}.xlsx`;
        await db
          .insert(exportJobs)
          .values({ id, orgId: a.orgId, employeeId: a.directorId, sessionVersion: 0, kind: "premises", query: {}, status: "done", fileKey: key })
          .onConflictDoNothing();
        await storage().write(key, ["секрет А"]);
        return new Request(`http://localhost/crm/exports/${id}/file`);
      },
      verify: async (response) => {
        expect(response.status).toBe(404);
        expect(await response.text()).not.toContain("секрет");
      },
    },
  ],
};
