import type { GatewayNotice, GatewayPayment } from "./payment-gateway";

/**
 * A notification whose own signature proves what it says (the sandbox's HMAC, T-Bank's Token): it carries the
 * payment's state, so nothing need be fetched back — and T-Bank's GetState would not repeat the saved card's
 * RebillId anyway. YooKassa's notices are unsigned and carry none: their state is always re-fetched.
 */
export type SignedNotice = GatewayNotice & { signedState?: GatewayPayment };

export const signedStateOf = (notice: GatewayNotice): GatewayPayment | undefined => (notice as SignedNotice).signedState;
