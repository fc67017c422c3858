import { uploadBody } from "@/components/forms/upload-file";

/** A request to an upload route exactly as the browser's uploadFile sends it. */
export const uploadRequest = (url: string, file: File, fields: Record<string, unknown> = {}) =>
  new Request(url, { method: "POST", body: uploadBody(file, fields) });
