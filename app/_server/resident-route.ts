import type { ResidentContext } from "@/lib/residents/resident-context";
import { entry, jsonFailure, signedInResident } from "./entry";

/**
 * Cabinet route handlers (downloads) for a signed-in resident; a signed-out visitor who opened the link goes to the
 * cabinet's sign-in page, a script gets the JSON refusal with its status.
 */
export function residentRoute(handler: (ctx: ResidentContext, request: Request) => Promise<Response>): (request: Request) => Promise<Response> {
  return entry.use(signedInResident).route(handler, (failure, request) => {
    const navigates = request.headers.get("sec-fetch-mode") === "navigate";
    if (navigates && failure.code === "UNAUTHENTICATED") return new Response(null, { status: 303, headers: { Location: "/cabinet/login" } });
    return jsonFailure(failure);
  });
}
