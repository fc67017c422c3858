import path from "node:path";

/** Where uploaded files live (local disk). The comment keeps the bundler from tracing the whole project for it. */
export const filesRoot = () => path.resolve(/*turbopackIgnore: true*/ process.env.DOMKOM_FILES_DIR ?? ".data/files");
