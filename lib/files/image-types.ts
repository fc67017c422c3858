/** Images staff may upload (photos, logos); shared by the browser's pre-check and the server's check. */
export const imageTypes: Record<string, string> = { "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp" };
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
