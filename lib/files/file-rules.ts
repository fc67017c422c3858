/**
 * What staff may upload, shared by the browser's pre-check and the server's. Kept free of node: imports so forms
 * can use it. The server checks the bytes as well (lib/files/file-store.ts): a declared type is only a claim.
 */
export const imageTypes: Record<string, string> = { "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp" };
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** Any file type is accepted for premise documents (plans, policies, scans); only the size is limited. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** An invoice's uploaded receipt (PDF type «Загружен»): a few pages; 10 MB leaves room for scans. */
export const MAX_RECEIPT_PDF_BYTES = 10 * 1024 * 1024;

export const fileRuleMessages = {
  empty: "Файл пустой",
  notImage: "Загрузите изображение PNG, JPEG или WebP",
  imageTooLarge: "Файл больше 5 МБ",
  documentTooLarge: "Файл больше 20 МБ",
  notPdf: "Загрузите файл PDF",
  receiptTooLarge: "Файл больше 10 МБ",
} as const;
