/**
 * One structured line per event (JSON Lines on stdout/stderr), so that a log collector can filter by `event`,
 * `errorId` or `orgId` and a person can still read it with `jq`. Nothing here prints a stack unless the event
 * is a real fault: an expected refusal (wrong password, missing permission) is one short line or nothing.
 */
export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;
export type LogLine = { time: string; level: LogLevel; event: string } & LogFields;

type Sink = (line: LogLine) => void;

const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

const consoleSink: Sink = (line) => {
  const text = JSON.stringify(line);
  if (order[line.level] >= order.warn) process.stderr.write(`${text}\n`);
  else process.stdout.write(`${text}\n`);
};

let sink: Sink = consoleSink;
let threshold: LogLevel = "info";

/**
 * Routes every log line elsewhere (tests collect them to assert on an error id, or drop them to keep the run
 * quiet) and sets the lowest level written. Returns the previous sink so a test can restore it.
 */
export function setLogSink(next: Sink | null, level: LogLevel = threshold): Sink {
  const previous = sink;
  sink = next ?? consoleSink;
  threshold = level;
  return previous;
}

/** An Error as plain fields: name, message, stack and its cause chain; anything else as it is. */
export function errorFields(error: unknown): LogFields {
  if (!(error instanceof Error)) return { error };
  return {
    error: {
      name: error.name,
      message: error.message,
      stack: error.stack,
      ...(error.cause !== undefined ? { cause: errorFields(error.cause).error } : {}),
    },
  };
}

function write(level: LogLevel, event: string, fields: LogFields = {}): void {
  if (order[level] < order[threshold]) return;
  const head = { time: new Date().toISOString(), level, event };
  // The head keys come first in the line and cannot be overwritten by a field of the same name.
  sink(Object.assign({ ...head }, fields, head));
}

export const log = {
  debug: (event: string, fields?: LogFields) => write("debug", event, fields),
  info: (event: string, fields?: LogFields) => write("info", event, fields),
  warn: (event: string, fields?: LogFields) => write("warn", event, fields),
  error: (event: string, fields?: LogFields) => write("error", event, fields),
};
