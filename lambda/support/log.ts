/**
 * Structured, one-line JSON logs for CloudWatch.
 *
 * Why a whitelist: logs must never hold personal data (user IDs, device IDs,
 * tokens, what the user said). Callers pass only fields named in LogFields, and
 * every value is reduced to a short, non-identifying primitive.
 */
export interface LogFields {
  requestType?: string;
  intent?: string;
  phase?: string;
  outcome?: string;
  errorName?: string;
  errorMessage?: string;
  durationMs?: number;
  count?: number;
}

export type LogLevel = 'info' | 'warn' | 'error';

export type LogSink = (line: string) => void;

let sink: LogSink = (line) => process.stdout.write(line + '\n');

/** Lets tests and the console capture or silence log output. */
export function setLogSink(next: LogSink): LogSink {
  const previous = sink;
  sink = next;
  return previous;
}

const ALLOWED: ReadonlyArray<keyof LogFields> = [
  'requestType', 'intent', 'phase', 'outcome', 'errorName', 'errorMessage', 'durationMs', 'count',
];

export function log(level: LogLevel, event: string, fields: LogFields = {}): void {
  const line: Record<string, unknown> = { level, event };
  for (const key of ALLOWED) {
    const value = fields[key];
    if (value === undefined) continue;
    line[key] = typeof value === 'number' ? value : scrub(String(value));
  }
  sink(JSON.stringify(line));
}

/**
 * Error messages can quote input (an SDK error may echo a key, for instance), so
 * anything that looks like an Alexa ID or a long token is cut out and the
 * message is kept short.
 */
function scrub(text: string): string {
  return text
    .replace(/amzn1\.[\w.\-]+/g, '[id]')
    .replace(/[A-Za-z0-9_\-]{32,}/g, '[token]')
    .slice(0, 200);
}
