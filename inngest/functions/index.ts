import { deliverEmailFunction } from "./deliver-email";
import { runExportFunction } from "./run-export";

export const functions = [deliverEmailFunction, runExportFunction];
