import { redirect } from "next/navigation";
import { AppError } from "@/lib/core/errors";
import type { ResidentContext } from "@/lib/residents/resident-context";
import { requireResident } from "./require-resident";

/** For cabinet server components: a signed-out or blocked visitor goes to the cabinet's sign-in page. */
export async function residentPage(): Promise<ResidentContext> {
  try {
    return await requireResident();
  } catch (error) {
    if (error instanceof AppError && error.code === "UNAUTHENTICATED") redirect("/cabinet/login");
    if (error instanceof AppError && error.code === "FORBIDDEN") redirect("/cabinet/login?blocked=1");
    throw error;
  }
}
