export { auth as proxy } from "@/auth";

// /crm/uploads is left out: a proxy buffers the body of every request it sees, and uploads stream to storage
// instead (their route handlers check the session themselves, as every handler does).
export const config = { matcher: ["/crm", "/crm/((?!uploads(?:/|$)).*)"] };
