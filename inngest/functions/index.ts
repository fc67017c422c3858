import { deliverEmailFunction } from "./deliver-email";

export const functions = [deliverEmailFunction];
