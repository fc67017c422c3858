import { setLogSink } from "@/lib/core/log";

// A test that asserts on log lines installs its own sink; every other line would only be noise in the run.
setLogSink(() => undefined);
