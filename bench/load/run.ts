/**
 * `npm run load` (tsx bench/load/run.ts): a bounded load test of the web endpoint
 * (`npm run serve`), on 127.0.0.1 only.
 *
 *   1. Starts the server as a child process running the same code as `npm run serve`
 *      (`node --import tsx lambda/web/serve.ts`), so the load generator does not share
 *      its event loop: ALLOW_UNSIGNED=1, PORT=0 (the bound port is read from its
 *      "listening on" line), HOST=127.0.0.1, no TABLE_NAME (user data in memory),
 *      SKILL_ID = the application ID every request carries.
 *   2. Walks one routine against it (LaunchRequest, StartStretchIntent with a resolved
 *      variant, ReadyIntent through the setup steps until a hold response, then
 *      AMAZON.PauseIntent partway into the hold, and AMAZON.HelpIntent at a setup step),
 *      checking every answer, so mid-routine requests under load carry real session
 *      attributes. The walk runs twice: the first finds how long the routine takes
 *      to reach the pause on the speech clock, the second starts that much in the
 *      past, so the pause timestamp (fixed by the hold it interrupts) is about now.
 *   3. Runs autocannon for a fixed time with fixed connections, pipelining 1, each
 *      connection sending the mix below round and round. Every request gets a new
 *      request ID, the next user ID of a pool (so the store holds many users) and,
 *      except the pause, the current time as its timestamp. Every response is checked
 *      for what that request must produce (a hold response holds, a pause pauses...).
 *   4. Reads the server's RSS from /proc/<pid>/status, stops it with SIGTERM and
 *      expects exit code 0.
 *
 * Exit 1 on any connection error, timeout, non-2xx status, unexpected response body,
 * server log line at level "error" (or "warn", other than a client that hung up as the
 * run stopped), or unclean server exit. Prints the machine, the mix, requests/s,
 * latency p50/p90/p99/max, throughput, totals, the server's RSS and, last, one line
 * of JSON.
 *
 * Options: --duration=S (10)  --connections=N (10)  --warmup=S (1, 0 for none)
 *          --users=N (10000 user IDs in the pool)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import autocannon from 'autocannon';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { APPLICATION_ID, checkResponse, envelope, intentRequest, launchRequest, plainIntent, startStretchIntent, type SessionState } from '../requests';
import { spokenLengthMs } from '../routine';
import { machine, percentile, sorted } from '../stats';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER_ENTRY = path.join('lambda', 'web', 'serve.ts');
const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 20_000;
/** The server gives in-flight requests 10 s, then exits 1 within 2 s more. */
const STOP_TIMEOUT_MS = 15_000;
/** autocannon's per-request timeout, seconds: counted as an error. */
const REQUEST_TIMEOUT_S = 5;
/** How long the walk's user "thinks" after Alexa stops talking. */
const THINK_MS = 1000;
/** The pause comes this far into the hold itself (a default hold is 30 s). */
const PAUSE_INTO_HOLD_MS = 10_000;
const MAX_WALK_TURNS = 20;

class LoadError extends Error {
  override name = 'LoadError';
}

// ---------------------------------------------------------------- options

interface Options {
  duration: number;
  connections: number;
  warmup: number;
  users: number;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { duration: 10, connections: 10, warmup: 1, users: 10_000 };
  const limits: Record<string, [keyof Options, number, number]> = {
    '--duration': ['duration', 1, 60],
    '--connections': ['connections', 1, 256],
    '--warmup': ['warmup', 0, 10],
    '--users': ['users', 1, 1_000_000],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const flag = eq >= 0 ? arg.slice(0, eq) : arg;
    const limit = limits[flag];
    if (!limit) throw new LoadError(`unknown option: ${arg} (options: ${Object.keys(limits).join(' ')})`);
    const raw = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    const [key, min, max] = limit;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) throw new LoadError(`${flag} must be a whole number from ${min} to ${max}, got ${raw}`);
    options[key] = n;
  }
  return options;
}

// ---------------------------------------------------------------- server child

interface ServerChild {
  child: ChildProcess;
  pid: number;
  port: number;
  /** Log lines at level "error", and at "warn" other than client-aborted: the first 20, and how many. */
  problems: string[];
  problemCount: number;
  clientAborted: number;
  logLines: number;
  stderrTail(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  hasExited(): boolean;
}

async function startServerChild(): Promise<ServerChild> {
  const env: NodeJS.ProcessEnv = { ...process.env, ALLOW_UNSIGNED: '1', PORT: '0', HOST, SKILL_ID: APPLICATION_ID };
  delete env.TABLE_NAME;
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER_ENTRY], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new LoadError('could not spawn the server');

  let exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      exitInfo = { code, signal };
      resolve(exitInfo);
    });
  });

  let stderr = '';
  const problems: string[] = [];
  const state = { clientAborted: 0, logLines: 0, problemCount: 0 };
  let partial = '';
  // The server logs one JSON line per request on stdout; read it all (a full pipe would stall it).
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (line === '') continue;
      state.logLines += 1;
      if (line.includes('"level":"info"')) continue;
      if (line.includes('"outcome":"client-aborted"')) state.clientAborted += 1;
      else if (++state.problemCount <= 20) problems.push(line.slice(0, 300));
    }
  });
  child.stderr!.setEncoding('utf8');
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new LoadError(`server did not listen within ${START_TIMEOUT_MS} ms:\n${stderr}`)), START_TIMEOUT_MS);
    child.stderr!.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-16_384);
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new LoadError(`server exited before listening (code ${code}, signal ${signal}):\n${stderr}`));
    });
  });

  return {
    child,
    pid: child.pid,
    port,
    problems,
    get problemCount() {
      return state.problemCount;
    },
    get clientAborted() {
      return state.clientAborted;
    },
    get logLines() {
      return state.logLines;
    },
    stderrTail: () => stderr,
    exited,
    hasExited: () => exitInfo !== undefined,
  };
}

/** VmRSS and VmHWM (peak) of a process, in bytes. */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string): number => {
    const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
    if (!match) throw new LoadError(`no ${field} in /proc/${pid}/status`);
    return Number(match[1]) * 1024;
  };
  return { rss: kib('VmRSS'), peak: kib('VmHWM') };
}

async function stopServer(server: ServerChild, timeoutMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
  const started = Date.now();
  if (!server.hasExited()) server.child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), timeoutMs);
  });
  const result = await Promise.race([server.exited, timedOut]);
  clearTimeout(timer);
  if (result) return { ...result, ms: Date.now() - started };
  server.child.kill('SIGKILL');
  const killed = await server.exited;
  throw new LoadError(`server did not exit within ${timeoutMs} ms of SIGTERM (killed: code ${killed.code}, signal ${killed.signal})`);
}

// ---------------------------------------------------------------- the walk

function post(port: number, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: HOST, port, method: 'POST', path: '/', agent: false, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.setTimeout(REQUEST_TIMEOUT_S * 1000, () => request.destroy(new LoadError('walk request timed out')));
    request.on('error', reject);
    request.end(body);
  });
}

type KindId = 'launch' | 'start' | 'readySetup' | 'readyHold' | 'pause' | 'help';

interface Capture {
  /** The request envelope the walk sent, answered as expected. */
  request: RequestEnvelope;
  /** Every one must occur in the response body. */
  expect: string[];
  responseBytes: number;
}

interface RoutineCursorView {
  stage?: unknown;
  step?: unknown;
  hold?: { startedAt?: unknown; offsetSeconds?: unknown; seconds?: unknown };
  remainingSeconds?: unknown;
}

function cursorOf(attributes: Record<string, unknown>): RoutineCursorView | undefined {
  const conversation = attributes.conversation as { routine?: unknown } | undefined;
  const routine = conversation?.routine;
  return typeof routine === 'object' && routine !== null ? (routine as RoutineCursorView) : undefined;
}

const SPEECH = '"outputSpeech"';
const OPEN_SESSION = '"shouldEndSession":false';
const stage = (name: string): string => `"stage":"${name}"`;

/**
 * One routine against the server, the speech clock starting at `startMs`. Returns the
 * request of each kind with what its response must contain, and the pause's time.
 */
async function walk(port: number, startMs: number, label: string): Promise<{ captures: Record<KindId, Capture>; pauseAt: number }> {
  const session: SessionState = {
    sessionId: `amzn1.echo-api.session.load-walk-${label}`,
    userId: `amzn1.ask.account.LOADWALK${label.toUpperCase()}`,
    isNew: true,
    attributes: {},
  };
  let clock = startMs;
  let turns = 0;
  const requestId = (): string => `amzn1.echo-api.request.load-walk-${label}-${++turns}`;

  const send = async (
    at: SessionState,
    body: RequestEnvelope['request'],
    expect: string[],
    where: string,
  ): Promise<{ capture: Capture; response: ResponseEnvelope; attributes: Record<string, unknown> }> => {
    const request = envelope(at, body);
    const { status, text } = await post(port, JSON.stringify(request));
    if (status !== 200) throw new LoadError(`walk ${label}, ${where}: HTTP ${status}: ${text.slice(0, 300)}`);
    const response = checkResponse(JSON.parse(text) as unknown, true, `walk ${label}, ${where}`);
    const missing = expect.filter((marker) => !text.includes(marker));
    if (missing.length > 0) throw new LoadError(`walk ${label}, ${where}: response lacks ${missing.join(', ')}: ${text.slice(0, 600)}`);
    return { capture: { request, expect, responseBytes: Buffer.byteLength(text) }, response, attributes: (response.sessionAttributes ?? {}) as Record<string, unknown> };
  };
  /** Sends on the walk's own session: attributes carried on, clock moved by the spoken answer. */
  const turn = async (body: RequestEnvelope['request'], expect: string[], where: string) => {
    const result = await send(session, body, expect, where);
    session.isNew = false;
    session.attributes = result.attributes;
    clock += spokenLengthMs(result.response) + THINK_MS;
    return result;
  };

  const launch = await turn(launchRequest(requestId(), clock), [SPEECH, OPEN_SESSION], 'LaunchRequest');
  const start = await turn(intentRequest(requestId(), clock, startStretchIntent()), [SPEECH, OPEN_SESSION, stage('setup')], 'StartStretchIntent');
  const atFirstStep: SessionState = { ...session, attributes: start.attributes };

  // AMAZON.HelpIntent at the first setup step, off to the side: the walk goes on without it.
  const help = await send(atFirstStep, intentRequest(requestId(), clock, plainIntent('AMAZON.HelpIntent')), [SPEECH, OPEN_SESSION, stage('setup')], 'HelpIntent');

  let readySetup: Capture | undefined;
  let readyHold: Capture | undefined;
  let holdAttributes: Record<string, unknown> | undefined;
  while (!readyHold) {
    if (turns >= MAX_WALK_TURNS) throw new LoadError(`walk ${label}: no hold response after ${turns} requests`);
    const ready = await turn(intentRequest(requestId(), clock, plainIntent('ReadyIntent')), [SPEECH, OPEN_SESSION], 'ReadyIntent');
    const reached = cursorOf(ready.attributes)?.stage;
    if (reached === 'setup') {
      readySetup ??= { ...ready.capture, expect: [...ready.capture.expect, stage('setup')] };
    } else if (reached === 'holding') {
      readyHold = { ...ready.capture, expect: [...ready.capture.expect, stage('holding')] };
      holdAttributes = ready.attributes;
    } else {
      throw new LoadError(`walk ${label}: ReadyIntent led to stage ${String(reached)}, not setup or holding`);
    }
  }
  if (!readySetup) throw new LoadError(`walk ${label}: the routine has no second setup step`);

  const hold = cursorOf(holdAttributes ?? {})?.hold;
  const startedAt = Number(hold?.startedAt);
  const offsetSeconds = Number(hold?.offsetSeconds);
  const holdSeconds = Number(hold?.seconds);
  if (![startedAt, offsetSeconds, holdSeconds].every(Number.isFinite)) throw new LoadError(`walk ${label}: hold response without a hold clock`);
  if (holdSeconds * 1000 < PAUSE_INTO_HOLD_MS + 5000) throw new LoadError(`walk ${label}: a ${holdSeconds} s hold is too short to pause ${PAUSE_INTO_HOLD_MS} ms in`);
  // Partway into the hold: still running, so the skill records a paused hold with time owed.
  const pauseAt = startedAt + Math.round(offsetSeconds * 1000) + PAUSE_INTO_HOLD_MS;
  const pause = await turn(intentRequest(requestId(), pauseAt, plainIntent('AMAZON.PauseIntent')), [SPEECH, OPEN_SESSION, stage('paused')], 'PauseIntent');
  const remaining = Number(cursorOf(pause.attributes)?.remainingSeconds);
  if (!(remaining >= 3 && remaining < holdSeconds)) throw new LoadError(`walk ${label}: pause left ${remaining} s of a ${holdSeconds} s hold`);

  return {
    captures: { launch: launch.capture, start: start.capture, readySetup, readyHold, pause: pause.capture, help: help.capture },
    pauseAt,
  };
}

// ---------------------------------------------------------------- request templates

const TOKENS = { USER: '@@USER@@', SESSION: '@@SESSION@@', REQUEST: '@@REQUEST@@', TIME: '@@TIME@@' } as const;
type Token = keyof typeof TOKENS;

/** A request envelope as JSON with its IDs and time cut out, filled in per request. */
class BodyTemplate {
  private readonly parts: string[] = [];
  private readonly slots: Token[] = [];

  constructor(request: RequestEnvelope, keepTime: boolean) {
    const copy = structuredClone(request);
    copy.session!.sessionId = TOKENS.SESSION;
    copy.session!.user.userId = TOKENS.USER;
    copy.context.System.user.userId = TOKENS.USER;
    copy.request.requestId = TOKENS.REQUEST;
    if (!keepTime) copy.request.timestamp = TOKENS.TIME;
    const json = JSON.stringify(copy);
    const pattern = /@@(USER|SESSION|REQUEST|TIME)@@/g;
    let last = 0;
    for (let match = pattern.exec(json); match; match = pattern.exec(json)) {
      this.parts.push(json.slice(last, match.index));
      this.slots.push(match[1] as Token);
      last = match.index + match[0].length;
    }
    this.parts.push(json.slice(last));
  }

  fill(values: Record<Token, string>): string {
    let out = this.parts[0] ?? '';
    for (let i = 0; i < this.slots.length; i++) out += values[this.slots[i]!] + this.parts[i + 1];
    return out;
  }
}

interface Kind {
  id: KindId;
  label: string;
  template: BodyTemplate;
  expect: string[];
  requestBytes: number;
  responseBytes: number;
  checked: number;
  wrong: number;
  firstWrong?: string;
}

const LABELS: Record<KindId, string> = {
  launch: 'LaunchRequest (new session)',
  start: 'StartStretchIntent (variant resolved)',
  readySetup: 'ReadyIntent (at a setup step)',
  readyHold: 'ReadyIntent (starts a hold)',
  pause: 'AMAZON.PauseIntent (mid-hold)',
  help: 'AMAZON.HelpIntent (at a setup step)',
};

/** What each connection sends, in this order, round and round: 9 requests a round. */
const ROUND: readonly KindId[] = ['launch', 'start', 'readySetup', 'readyHold', 'help', 'readySetup', 'readyHold', 'pause', 'readySetup'];

/** Alexa's own timestamp format: whole seconds. */
function alexaTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + 'Z';
}

// ---------------------------------------------------------------- report

const round2 = (n: number): number => Math.round(n * 100) / 100;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

// ---------------------------------------------------------------- main

async function main(): Promise<number> {
  const wallStart = Date.now();
  const options = parseOptions(process.argv.slice(2));
  const host = machine();
  console.log(`Hamstring Coach load test (npm run load)`);
  console.log(`machine      nproc ${host.nproc}, ${host.cpu}, node ${host.node}, ${host.platform}, ${mb(host.memTotalBytes)} RAM`);

  const server = await startServerChild();
  try {
    const url = `http://${HOST}:${server.port}/`;
    console.log(`server       pid ${server.pid}: node --import tsx ${SERVER_ENTRY} on ${url} (ALLOW_UNSIGNED=1, user data in memory, SKILL_ID ${APPLICATION_ID})`);

    const firstStart = Date.now();
    const first = await walk(server.port, firstStart, 'a');
    const lead = first.pauseAt - firstStart;
    const { captures } = await walk(server.port, Date.now() - lead - 2000, 'b');

    const kinds = new Map<KindId, Kind>();
    for (const id of new Set(ROUND)) {
      const capture = captures[id];
      kinds.set(id, {
        id,
        label: LABELS[id],
        template: new BodyTemplate(capture.request, id === 'pause'),
        expect: capture.expect,
        requestBytes: Buffer.byteLength(JSON.stringify(capture.request)),
        responseBytes: capture.responseBytes,
        checked: 0,
        wrong: 0,
      });
    }
    const pauseTime = captures.pause.request.request.timestamp;
    console.log(`walk         ${Object.keys(captures).length} kinds captured from a real routine; pause at ${pauseTime}, ${Math.round((Date.now() - Date.parse(pauseTime)) / 1000)} s ago, ${PAUSE_INTO_HOLD_MS / 1000} s into the hold`);
    console.log(`mix          per connection, round and round (${ROUND.length} a round):`);
    for (const kind of kinds.values()) {
      const weight = ROUND.filter((id) => id === kind.id).length;
      console.log(`               ${weight} × ${kind.label.padEnd(38)} request ${kb(kind.requestBytes).padStart(9)}, response ${kb(kind.responseBytes).padStart(9)}`);
    }

    let sequence = 0;
    const pad = String(options.users - 1).length;
    const requests: autocannon.Request[] = ROUND.map((id) => {
      const kind = kinds.get(id)!;
      const fixedTime = id === 'pause';
      return {
        method: 'POST',
        path: '/',
        headers: { 'Content-Type': 'application/json' },
        setupRequest: (request) => {
          const n = sequence++;
          const user = String(n % options.users).padStart(pad, '0');
          request.body = kind.template.fill({
            USER: `amzn1.ask.account.LOADTEST${user}`,
            SESSION: `amzn1.echo-api.session.load-${id}-${user}`,
            REQUEST: `amzn1.echo-api.request.load-${n}`,
            TIME: fixedTime ? '' : alexaTime(Date.now()),
          });
          return request;
        },
        onResponse: (status, body) => {
          if (status < 200 || status > 299) return; // counted by autocannon as non-2xx
          kind.checked += 1;
          if (body.startsWith('{"version":"1.0"') && kind.expect.every((marker) => body.includes(marker))) return;
          kind.wrong += 1;
          kind.firstWrong ??= body.slice(0, 400);
        },
      };
    });

    const before = memoryOf(server.pid);
    console.log(`run          ${options.duration} s, ${options.connections} connections, pipelining 1, warm-up ${options.warmup} s, ${options.users} user IDs; server RSS before ${mb(before.rss)}`);

    const latencies: number[] = [];
    const instance = autocannon({
      url,
      method: 'POST',
      duration: options.duration,
      connections: options.connections,
      pipelining: 1,
      timeout: REQUEST_TIMEOUT_S,
      requests,
      ...(options.warmup > 0 ? { warmup: { duration: options.warmup, connections: options.connections } } : {}),
    });
    instance.on('response', (_client, _status, _bytes, ms) => {
      latencies.push(ms);
    });
    const result = await instance;

    if (server.hasExited()) throw new LoadError(`the server exited during the run:\n${server.stderrTail()}`);
    const after = memoryOf(server.pid);
    const stopped = await stopServer(server, STOP_TIMEOUT_MS);

    const ordered = sorted(latencies);
    const warmup = result.warmup;
    const errors = result.errors + (warmup?.errors ?? 0);
    const timeouts = result.timeouts + (warmup?.timeouts ?? 0);
    const non2xx = result.non2xx + (warmup?.non2xx ?? 0);
    const wrong = [...kinds.values()].reduce((sum, kind) => sum + kind.wrong, 0);
    const completed = result['2xx'];
    const perSecond = completed / result.duration;
    const latency = {
      p50: round2(percentile(ordered, 50)),
      p90: round2(percentile(ordered, 90)),
      p99: round2(percentile(ordered, 99)),
      max: round2(ordered[ordered.length - 1] ?? 0),
      mean: round2(ordered.reduce((sum, ms) => sum + ms, 0) / Math.max(1, ordered.length)),
    };
    const throughput = result.throughput.total / result.duration;

    const failures: string[] = [];
    if (completed === 0) failures.push('no successful responses');
    if (errors > 0) failures.push(`${errors} errors (${timeouts} timeouts)`);
    if (non2xx > 0) failures.push(`${non2xx} non-2xx responses: ${JSON.stringify(result.statusCodeStats)}`);
    for (const kind of kinds.values()) {
      if (kind.wrong > 0) failures.push(`${kind.wrong} of ${kind.checked} ${kind.label} responses lacked ${kind.expect.join(' ')}; first: ${kind.firstWrong}`);
    }
    if (server.problemCount > 0) failures.push(`server logged ${server.problemCount} error/warn lines, first: ${server.problems[0]}`);
    if (stopped.code !== 0) failures.push(`server exited with code ${stopped.code} (signal ${stopped.signal}) after SIGTERM`);

    console.log('');
    console.log(`requests/s   ${perSecond.toFixed(1)} (2xx over ${result.duration.toFixed(2)} s; per-second samples min ${result.requests.min}, max ${result.requests.max})`);
    console.log(`latency      p50 ${latency.p50} ms, p90 ${latency.p90} ms, p99 ${latency.p99} ms, max ${latency.max} ms (mean ${latency.mean} ms; ${ordered.length} responses, request written to response read)`);
    console.log(`throughput   ${mb(throughput)}/s of response bytes (headers included), ${mb(result.throughput.total)} in all`);
    console.log(`requests     ${result.requests.total} responses (${completed} 2xx), ${result.requests.sent} sent${warmup ? `; warm-up ${warmup.requests.total} more, not counted` : ''}`);
    console.log(`errors       ${errors} (timeouts ${timeouts}), non-2xx ${non2xx}, unexpected bodies ${wrong} of ${[...kinds.values()].reduce((s, k) => s + k.checked, 0)} checked (warm-up included)`);
    console.log(`server log   ${server.logLines} lines, ${server.problemCount} at error/warn${server.clientAborted ? `, ${server.clientAborted} client-aborted as the run stopped` : ''}`);
    console.log(`server RSS   ${mb(after.rss)} at end (peak ${mb(after.peak)}, ${mb(before.rss)} before the run)`);
    console.log(`server stop  SIGTERM → exit code ${stopped.code} in ${stopped.ms} ms`);
    console.log(`wall time    ${((Date.now() - wallStart) / 1000).toFixed(1)} s`);
    for (const failure of failures) console.log(`FAIL         ${failure}`);
    console.log(failures.length === 0 ? 'PASS' : 'FAIL');

    const summary = {
      ok: failures.length === 0,
      url,
      durationS: round2(result.duration),
      connections: options.connections,
      pipelining: 1,
      warmupS: options.warmup,
      users: options.users,
      requestsPerSec: round2(perSecond),
      latencyMs: latency,
      throughputBytesPerSec: Math.round(throughput),
      totalRequests: result.requests.total,
      ok2xx: completed,
      sent: result.requests.sent,
      errors,
      timeouts,
      non2xx,
      unexpectedBodies: wrong,
      serverRssBytes: after.rss,
      serverPeakRssBytes: after.peak,
      serverRssBeforeBytes: before.rss,
      serverExitCode: stopped.code,
      mix: [...kinds.values()].map((kind) => ({
        kind: kind.label,
        perRound: ROUND.filter((id) => id === kind.id).length,
        requestBytes: kind.requestBytes,
        responseBytes: kind.responseBytes,
        checked: kind.checked,
      })),
      machine: host,
      failures,
    };
    console.log(JSON.stringify(summary));
    return failures.length === 0 ? 0 : 1;
  } finally {
    if (!server.hasExited()) {
      await stopServer(server, 3000).catch(() => undefined);
    }
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const text = error instanceof LoadError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.error(`load test failed: ${text}`);
    console.log(JSON.stringify({ ok: false, failures: [text.split('\n')[0]] }));
    process.exit(1);
  },
);
