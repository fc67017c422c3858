import path from "node:path";
import { env } from "@/lib/core/env";

/** Where uploaded files live (local disk). The comment keeps the bundler from tracing the whole project for it. */
export const filesRoot = () => path.resolve(/*turbopackIgnore: true*/ env().DOMKOM_FILES_DIR);
