import { revalidatePath } from "next/cache";
import { z } from "zod";
import { uploadRoute } from "@/app/_server/upload-route";
import { fileRuleMessages, MAX_IMAGE_BYTES } from "@/lib/files/file-rules";
import { setOrganisationLogo } from "@/lib/org/set-organisation-logo";

/** A new logo of the caller's own organisation. */
export const POST = uploadRoute(
  "settings.manage",
  z.object({}),
  { maxBytes: MAX_IMAGE_BYTES, tooLarge: fileRuleMessages.imageTooLarge },
  async (ctx, _fields, file) => {
    const logo = await setOrganisationLogo(ctx, file);
    // The layout shows the organisation's logo, so every page may change.
    revalidatePath("/crm", "layout");
    return { logo };
  },
);
