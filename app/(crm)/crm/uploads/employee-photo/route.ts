import { revalidatePath } from "next/cache";
import { uploadRoute } from "@/app/_server/upload-route";
import { employeePhotoSchema } from "@/lib/access/employee-photo-schema";
import { setEmployeePhoto } from "@/lib/access/set-employee-photo";
import { fileRuleMessages, MAX_IMAGE_BYTES } from "@/lib/files/file-rules";

/** A new photo for an employee's card. */
export const POST = uploadRoute(
  "access.employees.manage",
  employeePhotoSchema,
  { maxBytes: MAX_IMAGE_BYTES, tooLarge: fileRuleMessages.imageTooLarge },
  async (ctx, fields, file) => {
    const photo = await setEmployeePhoto(ctx, fields, file);
    revalidatePath("/crm/employees");
    return { photo };
  },
);
