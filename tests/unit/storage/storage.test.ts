import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diskStorage } from "@/lib/storage/storage";

const dir = mkdtempSync(path.join(os.tmpdir(), "domkom-storage-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("disk storage", () => {
  it("is shared by every instance over the same folder: what one writes, another reads, lists and removes", async () => {
    const one = diskStorage(dir);
    const two = diskStorage(dir);
    await one.write("imports/org/plan.ndjson", ["a\n", new TextEncoder().encode("б\n")]);
    expect((await two.read("imports/org/plan.ndjson"))?.toString()).toBe("a\nб\n");
    expect((await two.list("imports/org/")).map((o) => o.key)).toEqual(["imports/org/plan.ndjson"]);
    await two.remove("imports/org/plan.ndjson");
    expect(await one.read("imports/org/plan.ndjson")).toBeNull();
    expect(await one.open("imports/org/plan.ndjson")).toBeNull();
  });

  it("keeps nothing when the source fails half-way", async () => {
    const store = diskStorage(dir);
    async function* failing() {
      yield "начало";
      throw new Error("connection reset");
    }
    await expect(store.write("org/documents/x", failing())).rejects.toThrow("connection reset");
    expect(await store.read("org/documents/x")).toBeNull();
    expect(await store.list("org/documents/")).toEqual([]);
  });

  it("refuses keys that could leave its folder", async () => {
    const store = diskStorage(dir);
    for (const key of ["../etc/passwd", "/etc/passwd", "a/../../b", "a//b", ""]) await expect(store.read(key), key).rejects.toThrow("unsafe storage key");
  });
});
