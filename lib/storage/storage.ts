import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open as openFile, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/core/env";
import { Readable } from "node:stream";

export type StoredObject = { key: string; modifiedAt: Date };

/** Bytes with a name, read once as a stream: a File from a form, a request body, or an object in storage. */
export type UploadBody = { name: string; type: string; stream(): ReadableStream<Uint8Array> };

/**
 * Where uploaded files and checked import plans live, by key (`<orgId>/documents/<uuid>`, `imports/<orgId>/<id>`).
 * Nothing is kept in process memory, so an import checked on one app instance can be confirmed on another as long
 * as both use the same storage: a shared folder today, an S3-compatible bucket once an adapter implements this.
 * Keys are built by the callers from ids they checked; an adapter still refuses one that could leave its root.
 */
export interface FileStorage {
  /** Stores the chunks under the key; readers see the object only once it is complete, or not at all if the source throws. */
  write(key: string, source: Iterable<Uint8Array | string> | AsyncIterable<Uint8Array | string>): Promise<void>;
  /** The whole object, or null when there is none. */
  read(key: string): Promise<Buffer | null>;
  /** The object as a stream, for objects too large to hold at once; null when there is none. */
  open(key: string): Promise<Readable | null>;
  remove(key: string): Promise<void>;
  /** The objects whose keys start with `prefix` (a folder-like prefix ending in «/»). */
  list(prefix: string): Promise<StoredObject[]>;
}

const SAFE_KEY = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*(\/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*\/?$/;

/** Keys are relative paths of plain names: no «..», no leading «/», nothing an adapter could resolve outside itself. */
export function assertSafeKey(key: string): void {
  if (!SAFE_KEY.test(key) || key.split("/").includes("..")) throw new Error(`unsafe storage key: ${key}`);
}

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === "ENOENT";

/**
 * Local-disk storage (embedded mode, a single server, or several sharing one mounted folder). An object is written
 * to a temporary name and renamed into place, so a reader never sees half a file.
 */
export function diskStorage(dir: string): FileStorage {
  // The comment keeps Turbopack from tracing the whole project for a path only known at run time.
  const root = path.resolve(/*turbopackIgnore: true*/ dir);
  const fileOf = (key: string) => {
    assertSafeKey(key);
    return path.join(root, key);
  };

  return {
    async write(key, source) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      const temporary = `${file}.${randomUUID()}.part`;
      const handle = await openFile(temporary, "w");
      try {
        for await (const chunk of source) await (typeof chunk === "string" ? handle.write(chunk) : handle.write(chunk));
        await handle.close();
        await rename(temporary, file);
      } catch (error) {
        await handle.close().catch(() => undefined);
        await rm(temporary, { force: true });
        throw error;
      }
    },

    async read(key) {
      return readFile(fileOf(key)).catch((error: unknown) => {
        if (missing(error)) return null;
        throw error;
      });
    },

    async open(key) {
      const file = fileOf(key);
      const exists = await stat(file).then((s) => s.isFile(), () => false);
      return exists ? (createReadStream(file) as Readable) : null;
    },

    async remove(key) {
      await rm(fileOf(key), { force: true });
    },

    async list(prefix) {
      const dirKey = prefix.endsWith("/") ? prefix : `${prefix}/`;
      const names = await readdir(fileOf(dirKey)).catch(() => [] as string[]);
      const found: StoredObject[] = [];
      for (const name of names.filter((n) => !n.endsWith(".part"))) {
        const info = await stat(path.join(fileOf(dirKey), name)).catch(() => null);
        if (info?.isFile()) found.push({ key: `${dirKey}${name}`, modifiedAt: info.mtime });
      }
      return found;
    },
  };
}

/** The configured storage: the local disk under DOMKOM_FILES_DIR (default `.data/files`). */
export const storage = (): FileStorage => diskStorage(env().DOMKOM_FILES_DIR);

/** An object in storage as an upload body, opened only when its stream is read (and again for every read). */
export function storedBody(key: string, name: string, type = ""): UploadBody {
  async function* chunks() {
    const stream = await storage().open(key);
    if (!stream) throw new Error(`stored object vanished: ${key}`);
    yield* stream as AsyncIterable<Uint8Array>;
  }
  return { name, type, stream: () => Readable.toWeb(Readable.from(chunks())) as ReadableStream<Uint8Array> };
}
