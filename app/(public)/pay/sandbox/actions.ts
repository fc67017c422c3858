"use server";

import { getDb } from "@/app/_server/db";
import { decideSandboxCheckout, sandboxDecisionSchema } from "@/lib/payments/gateways/sandbox-checkout";
import { publicAction } from "../../public-action";

/** Public, like a bank's payment page: the signed checkout link is the credential. */
export const decideSandboxCheckoutAction = publicAction(sandboxDecisionSchema, async (input) => decideSandboxCheckout(await getDb(), input));
