import type { StaffContext } from "@/lib/core/context";
import { forbidden } from "@/lib/core/errors";

/** Profile and password services act on the signed-in employee only; API keys and jobs have no profile. */
export function ownEmployeeId(ctx: StaffContext): string {
  if (ctx.actor.type !== "employee") throw forbidden("Действие доступно только сотруднику");
  return ctx.actor.id;
}
