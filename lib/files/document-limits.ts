/**
 * Any file type is accepted for premise documents (plans, policies, scans); only the size is limited. Kept apart
 * from the store so browser code (the upload form) can import it without node:fs.
 */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
