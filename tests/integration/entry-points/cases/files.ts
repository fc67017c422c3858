import { expect } from "vitest";
import { storeImage } from "@/lib/files/file-store";
import type { EntryCases } from "../case-types";

const png = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64"),
);

export const cases: EntryCases = {
  routes: [
    {
      target: "app/(crm)/crm/files/[...key]/route.ts#GET",
      access: "any-staff",
      // A real photo of organisation A, requested by its exact key.
      request: async ({ a }) => new Request(`http://localhost/crm/files/${await storeImage(a.orgId, "photos", new File([png], "photo.png", { type: "image/png" }))}`),
      verify: async (response) => expect(response.status).toBe(404),
    },
  ],
};
