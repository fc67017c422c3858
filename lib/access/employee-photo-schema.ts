import { z } from "zod";

/** The fields sent with an employee's photo (the photo itself is streamed by the upload route). */
export const employeePhotoSchema = z.object({ id: z.uuid("Неверный идентификатор") });
export type EmployeePhotoData = z.output<typeof employeePhotoSchema>;
