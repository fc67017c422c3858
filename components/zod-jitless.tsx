"use client";

import { z } from "zod";

// zod 4 probes `new Function("")` to decide whether it may compile fast parsers; under our CSP (no 'unsafe-eval')
// the probe fails harmlessly but the browser still reports a CSP violation. In the browser we tell zod up front
// to interpret. The module is loaded by the root layout, before any form can validate.
z.config({ jitless: true });

/** Rendered once by the root layout only so that this module is part of every page's browser code. */
export function ZodJitless() {
  return null;
}
