/**
 * A stand-in for the parts of the Alexa API the skill calls, on a real HTTP server on
 * loopback: the Reminders API and the settings API's time zone. Tests point a request's
 * `context.System.apiEndpoint` at it; the local console can run it in-process so a
 * newcomer can set reminders without an Amazon account.
 *
 *   POST   /v1/alerts/reminders                 create   → 200 { alertToken, status: "ON", ... }
 *   PUT    /v1/alerts/reminders/{alertToken}    update   → 200, or 404 ALERT_NOT_FOUND
 *   DELETE /v1/alerts/reminders/{alertToken}    delete   → 200, or 404 ALERT_NOT_FOUND
 *   GET    /v1/alerts/reminders/{alertToken}    get one  → 200 the reminder, or 404
 *   GET    /v1/alerts/reminders                 list     → 200 { totalCount: "n", alerts: [...] }
 *   GET    /v2/devices/{deviceId}/settings/System.timeZone → 200 "America/New_York"
 *
 * Every call must carry `Authorization: Bearer <accessToken>`, or it gets 401. Failures
 * can be queued for the next calls (or all of them), with the status and error body
 * ({ code, message }) the Reminders API uses for each. A create or update whose times
 * carry a zone ("Z" or an offset) is refused with 400, as the real API refuses them.
 * Every request is recorded (method, path, headers, parsed JSON body) for assertions.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

export type FakeFailureMode =
  /** 401: no token, or one that does not carry the permission. */
  | 'unauthorized'
  /** 403 ACCESS_DENIED: the user has not granted the reminders permission. */
  | 'noPermission'
  /** 403 DEVICE_NOT_SUPPORTED: this device can't hold reminders. */
  | 'deviceUnsupported'
  /** 400 MAX_REMINDERS_EXCEEDED. */
  | 'maxReminders'
  /** 429 TOO_MANY_REQUESTS. */
  | 'throttled'
  /** 500 INTERNAL_ERROR. */
  | 'internalError'
  /** 503 SERVICE_UNAVAILABLE. */
  | 'unavailable'
  /** Accepts the request and never answers (until the client gives up or the server stops). */
  | 'hang';

export type FakeRoute = 'reminders' | 'timeZone' | 'any';

export interface RecordedRequest {
  method: string;
  /** Path and query, as received. */
  path: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The parsed JSON body; undefined when there was none, the raw text when it wasn't JSON. */
  body: unknown;
}

export interface FakeReminder {
  alertToken: string;
  createdTime: string;
  updatedTime: string;
  status: 'ON' | 'COMPLETED';
  version: string;
  trigger: unknown;
  alertInfo: unknown;
  pushNotification: unknown;
}

export interface FakeAlexaApiOptions {
  /** The bearer token every call must carry. */
  accessToken: string;
  /** What the time-zone setting answers. Default America/New_York. */
  timeZone?: string;
  /** How many reminders the user may have before a create gets MAX_REMINDERS_EXCEEDED. Default unlimited. */
  reminderLimit?: number;
  /** Default 0: any free port. */
  port?: number;
}

interface FailureRule {
  mode: FakeFailureMode;
  route: FakeRoute;
  remaining: number;
}

const FAILURES: Record<Exclude<FakeFailureMode, 'hang'>, { status: number; code: string; message: string }> = {
  unauthorized: { status: 401, code: 'UNAUTHORIZED', message: 'The authentication token is not valid.' },
  noPermission: { status: 403, code: 'ACCESS_DENIED', message: 'Access denied with reason: ACCESS_NOT_REQUESTED' },
  deviceUnsupported: { status: 403, code: 'DEVICE_NOT_SUPPORTED', message: 'The device does not support reminders.' },
  maxReminders: { status: 400, code: 'MAX_REMINDERS_EXCEEDED', message: 'The maximum number of reminders has been reached.' },
  throttled: { status: 429, code: 'TOO_MANY_REQUESTS', message: 'Rate exceeded.' },
  internalError: { status: 500, code: 'INTERNAL_ERROR', message: 'Internal error.' },
  unavailable: { status: 503, code: 'SERVICE_UNAVAILABLE', message: 'Service unavailable.' },
};

const REMINDERS = /^\/v1\/alerts\/reminders\/?$/;
const ONE_REMINDER = /^\/v1\/alerts\/reminders\/([^/?]+)$/;
const TIME_ZONE = /^\/v2\/devices\/([^/?]+)\/settings\/System\.timeZone$/;
/** A local ISO 8601 date-time: no "Z", no offset. */
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{1,2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

export class FakeAlexaApi {
  readonly requests: RecordedRequest[] = [];
  private readonly accessToken: string;
  private timeZone: string;
  private readonly reminderLimit: number;
  private readonly port: number;
  private readonly store = new Map<string, FakeReminder>();
  private failures: FailureRule[] = [];
  private server: http.Server | undefined;
  private readonly sockets = new Set<import('node:net').Socket>();
  private address = '';
  private hanging = 0;

  constructor(options: FakeAlexaApiOptions) {
    this.accessToken = options.accessToken;
    this.timeZone = options.timeZone ?? 'America/New_York';
    this.reminderLimit = options.reminderLimit ?? Number.POSITIVE_INFINITY;
    this.port = options.port ?? 0;
  }

  /** The base URL to use as `context.System.apiEndpoint`. */
  get endpoint(): string {
    if (!this.address) throw new Error('The fake Alexa API is not running.');
    return this.address;
  }

  async start(): Promise<string> {
    if (this.server) return this.endpoint;
    const server = http.createServer((req, res) => this.handle(req, res));
    // Node's clients keep connections alive; a server that closes an idle one just as a client
    // reuses it resets that call. Idle connections stay open here (stop() closes them all).
    server.keepAliveTimeout = 10 * 60 * 1000;
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.address = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.address;
  }

  /** Stops listening and drops every open connection, hanging ones included. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    this.address = '';
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  /** The next `times` calls on `route` fail this way (Infinity: every call until cleared). */
  fail(mode: FakeFailureMode, options: { times?: number; route?: FakeRoute } = {}): void {
    this.failures.push({ mode, route: options.route ?? 'any', remaining: options.times ?? 1 });
  }

  clearFailures(): void {
    this.failures = [];
  }

  setTimeZone(timeZone: string): void {
    this.timeZone = timeZone;
  }

  /** Calls held open by the 'hang' failure whose client has not yet closed the connection. */
  get hangingRequests(): number {
    return this.hanging;
  }

  /** The reminders the user has now. */
  reminders(): FakeReminder[] {
    return [...this.store.values()];
  }

  /** Removes a reminder as if the user deleted it in the Alexa app. */
  forgetReminder(alertToken: string): void {
    this.store.delete(alertToken);
  }

  /** Back to a fresh state: no reminders, failures or recorded requests. */
  reset(): void {
    this.store.clear();
    this.failures = [];
    this.requests.length = 0;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const record: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: lowerCaseHeaders(req.headers),
        body: parseBody(text),
      };
      this.requests.push(record);
      this.route(record, res);
    });
  }

  private route(request: RecordedRequest, res: http.ServerResponse): void {
    const path = request.path.split('?')[0];
    const route: FakeRoute | undefined = REMINDERS.test(path) || ONE_REMINDER.test(path) ? 'reminders' : TIME_ZONE.test(path) ? 'timeZone' : undefined;
    if (!route) return send(res, 404, { code: 'NOT_FOUND', message: 'No such resource.' });
    if (request.headers.authorization !== `Bearer ${this.accessToken}`) return send(res, 401, { code: 'UNAUTHORIZED', message: FAILURES.unauthorized.message });

    const failure = this.takeFailure(route);
    if (failure === 'hang') {
      // Never answered; counted until the client gives up and closes the connection.
      this.hanging += 1;
      res.on('close', () => {
        this.hanging -= 1;
      });
      return;
    }
    if (failure) {
      const { status, code, message } = FAILURES[failure];
      return send(res, status, { code, message });
    }

    if (route === 'timeZone') {
      if (request.method !== 'GET') return send(res, 405, { code: 'METHOD_NOT_ALLOWED', message: 'Method not allowed.' });
      return send(res, 200, this.timeZone);
    }

    const one = ONE_REMINDER.exec(path);
    const alertToken = one ? decodeURIComponent(one[1]) : undefined;
    switch (`${request.method} ${alertToken === undefined ? 'all' : 'one'}`) {
      case 'POST all':
        return this.create(request.body, res);
      case 'GET all':
        return send(res, 200, { totalCount: String(this.store.size), alerts: this.reminders(), links: null });
      case 'GET one':
        return this.store.has(alertToken as string) ? send(res, 200, this.store.get(alertToken as string)) : notFound(res);
      case 'PUT one':
        return this.update(alertToken as string, request.body, res);
      case 'DELETE one':
        if (!this.store.delete(alertToken as string)) return notFound(res);
        return send(res, 200, undefined);
      default:
        return send(res, 405, { code: 'METHOD_NOT_ALLOWED', message: 'Method not allowed.' });
    }
  }

  private create(body: unknown, res: http.ServerResponse): void {
    const problem = invalidReminderRequest(body);
    if (problem) return send(res, 400, problem);
    if (this.store.size >= this.reminderLimit) {
      const { status, code, message } = FAILURES.maxReminders;
      return send(res, status, { code, message });
    }
    const now = new Date().toISOString();
    const request = body as Record<string, unknown>;
    const reminder: FakeReminder = {
      alertToken: randomUUID(),
      createdTime: now,
      updatedTime: now,
      status: 'ON',
      version: '1',
      trigger: request.trigger,
      alertInfo: request.alertInfo,
      pushNotification: request.pushNotification,
    };
    this.store.set(reminder.alertToken, reminder);
    send(res, 200, summary(reminder));
  }

  private update(alertToken: string, body: unknown, res: http.ServerResponse): void {
    const existing = this.store.get(alertToken);
    if (!existing) return notFound(res);
    const problem = invalidReminderRequest(body);
    if (problem) return send(res, 400, problem);
    const request = body as Record<string, unknown>;
    const updated: FakeReminder = {
      ...existing,
      updatedTime: new Date().toISOString(),
      version: String(Number(existing.version) + 1),
      trigger: request.trigger,
      alertInfo: request.alertInfo,
      pushNotification: request.pushNotification,
    };
    this.store.set(alertToken, updated);
    send(res, 200, summary(updated));
  }

  private takeFailure(route: FakeRoute): FakeFailureMode | undefined {
    const rule = this.failures.find((candidate) => candidate.route === 'any' || candidate.route === route);
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.failures = this.failures.filter((candidate) => candidate !== rule);
    return rule.mode;
  }
}

function summary(reminder: FakeReminder): Record<string, unknown> {
  const { alertToken, createdTime, updatedTime, status, version } = reminder;
  return { alertToken, createdTime, updatedTime, status, version, href: `/v1/alerts/reminders/${alertToken}` };
}

/** The few checks the real API makes that a skill most often gets wrong. */
function invalidReminderRequest(body: unknown): { code: string; message: string } | undefined {
  if (typeof body !== 'object' || body === null) return { code: 'INVALID_REQUEST', message: 'The body is not a JSON object.' };
  const request = body as { requestTime?: unknown; trigger?: Record<string, unknown>; alertInfo?: { spokenInfo?: { content?: unknown } } };
  const trigger = request.trigger;
  if (!trigger || (trigger.type !== 'SCHEDULED_ABSOLUTE' && trigger.type !== 'SCHEDULED_RELATIVE')) {
    return { code: 'INVALID_TRIGGER', message: 'The trigger type is missing or unknown.' };
  }
  const recurrence = trigger.recurrence as { startDateTime?: unknown } | undefined;
  for (const stamp of [request.requestTime, trigger.scheduledTime, recurrence?.startDateTime]) {
    if (stamp !== undefined && (typeof stamp !== 'string' || !LOCAL_DATE_TIME.test(stamp))) {
      return { code: 'INVALID_TRIGGER_SCHEDULED_TIME_FORMAT', message: 'Times must be local ISO 8601, with no zone.' };
    }
  }
  const content = request.alertInfo?.spokenInfo?.content;
  if (!Array.isArray(content) || content.length === 0) return { code: 'INVALID_ALERT_INFO', message: 'The spoken content is missing.' };
  return undefined;
}

function notFound(res: http.ServerResponse): void {
  send(res, 404, { code: 'ALERT_NOT_FOUND', message: 'The reminder was not found.' });
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function lowerCaseHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) result[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return result;
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
