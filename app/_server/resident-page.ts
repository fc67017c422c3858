import { redirect } from "next/navigation";
import type { ResidentContext } from "@/lib/residents/resident-context";
import { entry, signedInResident } from "./entry";

/** For cabinet server components: a signed-out or blocked visitor goes to the cabinet's sign-in page. */
export function residentPage(): Promise<ResidentContext> {
  return entry.use(signedInResident).page({
    UNAUTHENTICATED: () => redirect("/cabinet/login"),
    FORBIDDEN: () => redirect("/cabinet/login?blocked=1"),
  });
}
