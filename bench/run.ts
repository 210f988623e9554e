/**
 * `npm run bench` (npx tsx bench/run.ts): builds the skill (node scripts/build.mjs)
 * and the hello-world reference (bench/hello-world, same esbuild options), then
 * measures both side by side in one run, interleaved so machine noise hits both:
 *
 *   bundle      raw and gzipped size of the bundle;
 *   cold start  spawn-to-exit wall time of a fresh `node cold-runner.cjs <bundle>`
 *               that answers one LaunchRequest, rounds of skill/hello/floor
 *               (`node -e 0`) in rotating order, first round discarded; inside
 *               it, the module load (require: Lambda's init phase), the first
 *               invocation (the invoke phase) and the RSS after it;
 *   warm        per-request latency over full routines after warm-up, in fresh
 *               processes alternating skill/hello (ABBA...), pooled;
 *   memory      RSS right after each warm loop (median over those processes; the
 *               runner, with the speech clock it times requests by, is in both);
 *   DynamoDB    calls per session and per turn, counted by an HTTP proxy in front
 *               of a local dynalite (X-Amz-Target).
 *
 * Prints a table with pass/fail against the targets and, last, one line of JSON.
 * A missed target does not fail the process; an error does (exit 1): a failed
 * build, a crashed or hung runner, a response without outputSpeech where one is
 * expected, a line the skill logged at level "error", a DynamoDB request the
 * local table refused.
 *
 * Options: --cold-runs=N (20)  --routines=N (200 per process)  --warmup=N (20)
 *          --warm-procs=N (3 per bundle)  --dynamo-sessions=N (4)  --quick  --keep
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as zlib from 'node:zlib';
import { build, BuildOptions, type Plugin } from 'esbuild';
import { LOCALE_IDS } from '../lambda/locales/registry';
import { COUNTS_PATH, CountingProxy } from '../test/support/counting-proxy';
import { startDynalite } from '../test/support/dynalite';
import { APPLICATION_ID, BenchError, checkResponse, Kind, RESULT_MARKER } from './requests';
import { MAX_TURNS } from './routine';
import { machine, mean, median, percentile, round, sorted, summary } from './stats';
import type { DynamoResult, DynamoSession, WarmConfig, WarmResult } from './warm-runner';

const ROOT = path.resolve(__dirname, '..');
const TABLE_NAME = 'hamstring-coach-bench';
const READ_OPS = new Set(['GetItem', 'BatchGetItem', 'Query', 'Scan', 'TransactGetItems']);
const WRITE_OPS = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems']);
/** DynamoDB errors a correct skill may cause on purpose (optimistic locking); anything else is a bench error. */
const EXPECTED_DYNAMO_ERRORS = ['ConditionalCheckFailedException'];

/** firstInvocationMs: at most this much over hello-world's first invocation (median). */
const TARGET = { localesRatio: 1.1, coldRatio: 1.1, firstInvocationMs: 2, warmP99Ms: 1, rssRatio: 1.2, gzipRatio: 2, readsPerSession: 1, writesPerTurn: 1 };

interface Options {
  coldRuns: number;
  routines: number;
  warmup: number;
  warmProcs: number;
  dynamoSessions: number;
  keep: boolean;
}

function parseOptions(argv: string[]): Options {
  const quick = argv.includes('--quick');
  const options: Options = {
    coldRuns: quick ? 15 : 20,
    routines: quick ? 50 : 200,
    warmup: 20,
    warmProcs: quick ? 2 : 3,
    dynamoSessions: quick ? 2 : 4,
    keep: argv.includes('--keep'),
  };
  const numeric: Record<string, keyof Options> = {
    '--cold-runs': 'coldRuns', '--routines': 'routines', '--warmup': 'warmup', '--warm-procs': 'warmProcs', '--dynamo-sessions': 'dynamoSessions',
  };
  for (const arg of argv) {
    if (arg === '--quick' || arg === '--keep') continue;
    const [flag = '', value] = arg.split('=', 2);
    const key = numeric[flag];
    const n = Number(value);
    if (!key || !Number.isInteger(n) || n < 1 || n > 10_000) throw new BenchError(`unknown or bad option: ${arg}`);
    (options as unknown as Record<string, number>)[key] = n;
  }
  if (options.coldRuns < 15) throw new BenchError('--cold-runs must be at least 15');
  return options;
}

// ---------------------------------------------------------------- processes

interface RunOutcome {
  wallMs: number;
  result: unknown;
  /** Lines the skill logged at level "warn" (lambda/support/log.ts writes JSON lines to stdout). */
  warnLogs: number;
}

/** Skill log lines at level "warn", over the whole run (reported, not fatal). */
let totalWarnLogs = 0;

/**
 * The environment the runners see: the parent's, minus anything that would change
 * what is measured (TABLE_NAME, AWS_*, NODE_OPTIONS such as a tsx loader), with
 * SKILL_ID set to the ID the bench's requests carry (as the Lambda stack sets it),
 * NODE_PATH pointing at the project's node_modules (where Lambda's runtime would
 * provide the AWS SDK, which the bundle leaves out), plus `extra`.
 */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key === 'TABLE_NAME' || key === 'NODE_OPTIONS' || key.startsWith('AWS_') || key.startsWith('TSX_')) continue;
    env[key] = value;
  }
  return { ...env, SKILL_ID: APPLICATION_ID, NODE_PATH: path.resolve('node_modules'), ...extra };
}

/** Spawns `node args`, times it from spawn to exit, returns the runner's result line. Rejects on failure or timeout. */
function runNode(args: string[], env: NodeJS.ProcessEnv, cwd: string, timeoutMs: number, label: string, expectResult = true): Promise<RunOutcome> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let exitedAt: bigint | undefined;
    let resultLine: string | undefined;
    let pending = '';
    let warnLogs = 0;
    let firstErrorLog: string | undefined;
    const tail: string[] = [];
    let stderr = '';
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(child.pid, 'SIGKILL');
    }, timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      let newline = pending.indexOf('\n');
      while (newline >= 0) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        if (line.startsWith(RESULT_MARKER)) resultLine = line.slice(RESULT_MARKER.length);
        else if (line.trim() !== '') {
          if (line.includes('"level":"error"')) firstErrorLog ??= line.slice(0, 500);
          else if (line.includes('"level":"warn"')) warnLogs++;
          tail.push(line.length > 300 ? `${line.slice(0, 300)}…` : line);
          if (tail.length > 8) tail.shift();
        }
        newline = pending.indexOf('\n');
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.on('exit', () => {
      exitedAt = process.hrtime.bigint();
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new BenchError(`${label}: could not start node: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const wallMs = Number((exitedAt ?? process.hrtime.bigint()) - started) / 1e6;
      if (code !== 0 || (expectResult && resultLine === undefined)) {
        const why = signal === 'SIGKILL' ? `killed after ${timeoutMs} ms (hung?)` : signal ? `signal ${signal}` : `exit code ${code}`;
        const details = [stderr.trim(), tail.length ? `stdout tail:\n${tail.join('\n')}` : ''].filter(Boolean).join('\n');
        reject(new BenchError(`${label}: ${why}${resultLine === undefined && code === 0 ? ', no result line' : ''}\n${details}`));
        return;
      }
      if (firstErrorLog !== undefined) {
        reject(new BenchError(`${label}: the skill logged an error: ${firstErrorLog}`));
        return;
      }
      totalWarnLogs += warnLogs;
      try {
        resolve({ wallMs, result: resultLine === undefined ? undefined : JSON.parse(resultLine), warnLogs });
      } catch (error) {
        reject(new BenchError(`${label}: unreadable result line: ${(error as Error).message}`));
      }
    });
  });
}

// ---------------------------------------------------------------- builds

interface Bundles {
  skill: string;
  /** The skill built with en-US alone in the locale registry: what the other locales cost at cold start. */
  oneLocale: string;
  hello: string;
  coldRunner: string;
  warmRunner: string;
  esbuildOptions: Record<string, unknown>;
}

/** Copies each locale's data folder the build writes beside the bundle (dist/<locale>/: speech.json, timing.json). */
function copyLocaleData(from: string, to: string): void {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) fs.cpSync(path.join(from, entry.name), path.join(to, entry.name), { recursive: true });
  }
}

/**
 * Runs `node scripts/build.mjs` unchanged, with bench/build-capture recording the
 * options it passes to esbuild, then builds the hello-world with those options
 * (only entryPoints and outfile differ). The skill bundle is copied to `tmp`
 * at once so a concurrent rebuild of dist/ cannot change it mid-run.
 */
async function buildAll(tmp: string): Promise<Bundles> {
  const capture = path.join(tmp, 'esbuild-options.jsonl');
  const register = pathToFileURL(path.join(ROOT, 'bench', 'build-capture', 'register.mjs')).href;
  const built = spawnSync(process.execPath, ['--import', register, 'scripts/build.mjs'], {
    cwd: ROOT,
    env: { ...process.env, BENCH_ESBUILD_CAPTURE: capture },
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 120_000,
  });
  if (built.status !== 0) throw new BenchError(`node scripts/build.mjs failed (${built.signal ?? `exit code ${built.status}`})`);
  const captured = fs.existsSync(capture)
    ? fs.readFileSync(capture, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>)
    : [];
  const distIndex = path.join(ROOT, 'dist', 'index.js');
  const skillBuild = captured.find((o) => typeof o.outfile === 'string' && path.resolve(ROOT, o.outfile) === distIndex) ?? (captured.length === 1 ? captured[0] : undefined);
  if (!skillBuild) throw new BenchError(`could not capture the esbuild options of scripts/build.mjs (${captured.length} build calls seen)`);
  if (JSON.stringify(skillBuild).includes('"__function__"')) {
    throw new BenchError('scripts/build.mjs passes functions (plugins?) to esbuild; bench/run.ts cannot rebuild the hello-world with identical options');
  }
  if (typeof skillBuild.outfile !== 'string') throw new BenchError('scripts/build.mjs no longer uses outfile; update bench/run.ts');
  const skillOut = path.resolve(ROOT, skillBuild.outfile);
  if (!fs.existsSync(skillOut)) throw new BenchError(`${skillOut} missing after the build`);

  const skill = path.join(tmp, 'skill', 'index.js');
  fs.mkdirSync(path.dirname(skill), { recursive: true });
  fs.copyFileSync(skillOut, skill);

  const hello = path.join(tmp, 'hello', 'index.js');
  await build({ ...(skillBuild as BuildOptions), entryPoints: [path.join('bench', 'hello-world', 'index.ts')], outfile: hello });

  const runner = (name: string): Promise<string> => {
    const outfile = path.join(tmp, 'runners', `${name}.cjs`);
    return build({
      entryPoints: [path.join('bench', `${name}.ts`)], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error',
    }).then(() => outfile);
  };
  const oneLocale = path.join(tmp, 'one-locale', 'index.js');
  await build({ ...(skillBuild as BuildOptions), outfile: oneLocale, plugins: [onlyEnUS] });
  // Each locale's data sits beside the bundle (dist/<locale>/), required on that locale's first use.
  for (const bundle of [skill, oneLocale]) copyLocaleData(path.dirname(skillOut), path.dirname(bundle));

  const { outfile: _outfile, entryPoints: _entryPoints, ...shared } = skillBuild;
  return { skill, oneLocale, hello, coldRunner: await runner('cold-runner'), warmRunner: await runner('warm-runner'), esbuildOptions: shared };
}

/** Builds lambda/locales/registry.ts with its en-US line only (every other locale line dropped). */
const onlyEnUS: Plugin = {
  name: 'only-en-US',
  setup(b) {
    b.onLoad({ filter: /[\\/]lambda[\\/]locales[\\/]registry\.ts$/ }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      const kept = source.split('\n').filter((line) => !/^\s*'[a-z]{2,3}-[A-Z0-9]{2,3}': \{ speech:/.test(line) || line.includes("'en-US':"));
      if (kept.length === source.split('\n').length) throw new BenchError('bench: found no locale lines to drop in lambda/locales/registry.ts');
      return { contents: kept.join('\n'), loader: 'ts' };
    });
  },
};

// ---------------------------------------------------------------- phases

/**
 * Cold start with every registered locale vs en-US alone: interleaved fresh processes of the
 * full bundle and of the one-locale bundle, each answering an en-US LaunchRequest, plus the full
 * bundle answering its first request in another locale (which loads that locale's speech).
 */
async function measureLocales(bundles: Bundles, options: Options, cwd: string) {
  const other = LOCALE_IDS.find((id) => id !== 'en-US');
  type Subject = 'all' | 'one' | 'other';
  const subjects: Subject[] = other ? ['all', 'one', 'other'] : ['all', 'one'];
  const wall: Record<Subject, number[]> = { all: [], one: [], other: [] };
  const first: Record<Subject, number[]> = { all: [], one: [], other: [] };
  const env = childEnv();
  for (let r = 0; r <= options.coldRuns; r++) {
    for (let i = 0; i < subjects.length; i++) {
      const subject = subjects[(i + r) % subjects.length] as Subject;
      const args = [bundles.coldRunner, subject === 'one' ? bundles.oneLocale : bundles.skill, subject === 'other' ? (other as string) : 'en-US'];
      const outcome = await runNode(args, env, cwd, 20_000, `cold start (${subject} locales)`);
      const result = outcome.result as { response: unknown; firstInvocationMs: number };
      checkResponse(result.response, true, `cold start (${subject} locales) LaunchRequest`);
      if (r > 0) {
        wall[subject].push(outcome.wallMs);
        first[subject].push(result.firstInvocationMs);
      }
    }
  }
  return {
    locales: LOCALE_IDS.length,
    otherLocale: other,
    allLocales: { wallMs: summary(wall.all), firstInvocationMs: summary(first.all) },
    enUSOnly: { wallMs: summary(wall.one), firstInvocationMs: summary(first.one) },
    ...(other ? { allLocalesFirstRequestInOther: { wallMs: summary(wall.other), firstInvocationMs: summary(first.other) } } : {}),
  };
}

async function measureCold(bundles: Bundles, options: Options, cwd: string) {
  type Subject = 'skill' | 'hello' | 'floor';
  const wall: Record<Subject, number[]> = { skill: [], hello: [], floor: [] };
  const inProcess: Record<Kind, number[]> = { skill: [], hello: [] };
  const requireMs: Record<Kind, number[]> = { skill: [], hello: [] };
  const firstInvocationMs: Record<Kind, number[]> = { skill: [], hello: [] };
  const rssBytes: Record<Kind, number[]> = { skill: [], hello: [] };
  const subjects: Subject[] = ['skill', 'hello', 'floor'];
  const env = childEnv();
  for (let r = 0; r <= options.coldRuns; r++) {
    const order = subjects.map((_, i) => subjects[(i + r) % subjects.length] as Subject);
    for (const subject of order) {
      const args = subject === 'floor' ? ['-e', '0'] : [bundles.coldRunner, subject === 'skill' ? bundles.skill : bundles.hello];
      const outcome = await runNode(args, env, cwd, 20_000, `cold start (${subject})`, subject !== 'floor');
      if (subject !== 'floor') {
        const result = outcome.result as { response: unknown; requireMs: number; firstInvocationMs: number; respondedMs: number; rssBytes: number };
        checkResponse(result.response, true, `cold start (${subject}) LaunchRequest`);
        if (r > 0) {
          inProcess[subject].push(result.respondedMs);
          requireMs[subject].push(result.requireMs);
          firstInvocationMs[subject].push(result.firstInvocationMs);
          rssBytes[subject].push(result.rssBytes);
        }
      }
      if (r > 0) wall[subject].push(outcome.wallMs); // round 0 warms the file cache and is discarded
    }
  }
  const floorMedian = median(wall.floor);
  const per = (kind: Kind) => ({
    wallMs: summary(wall[kind]),
    netOfFloorMs: round(median(wall[kind]) - floorMedian),
    inProcessToResponseMs: summary(inProcess[kind]),
    requireMs: summary(requireMs[kind]),
    firstInvocationMs: summary(firstInvocationMs[kind]),
    rssMB: round(median(rssBytes[kind]) / 2 ** 20, 2),
  });
  return { skill: per('skill'), hello: per('hello'), floor: { wallMs: summary(wall.floor) } };
}

async function measureWarm(bundles: Bundles, options: Options, cwd: string) {
  const latencies: Record<Kind, number[]> = { skill: [], hello: [] };
  const rss: Record<Kind, number[]> = { skill: [], hello: [] };
  const heap: Record<Kind, number[]> = { skill: [], hello: [] };
  const requestsPerRoutine: Record<Kind, number[]> = { skill: [], hello: [] };
  let endedBySkill = 0;
  let capped = 0;
  let firstRoutine: string[] = [];
  let helloTurns = 0;
  let closeWithSessionEnded = false;
  const env = childEnv();
  for (let i = 0; i < options.warmProcs * 2; i++) {
    const kind: Kind = i % 4 === 0 || i % 4 === 3 ? 'skill' : 'hello'; // ABBA: skill first, so hello can mirror its routine length
    const config: WarmConfig = {
      mode: 'warm', bundle: kind === 'skill' ? bundles.skill : bundles.hello, kind, warmup: options.warmup, routines: options.routines,
      ...(kind === 'hello' ? { helloTurns, closeWithSessionEnded } : {}),
    };
    const outcome = await runNode([bundles.warmRunner, JSON.stringify(config)], env, cwd, 120_000, `warm loop (${kind})`);
    const result = outcome.result as WarmResult;
    latencies[kind].push(...result.latenciesNs);
    rss[kind].push(result.rssBytes);
    heap[kind].push(result.heapUsedBytes);
    requestsPerRoutine[kind].push(...result.requestsPerRoutine);
    if (kind === 'skill') {
      endedBySkill += result.endedBySkill;
      capped += result.capped;
      if (firstRoutine.length === 0) {
        firstRoutine = result.firstRoutine;
        helloTurns = Math.max(1, Math.round(mean(result.requestsPerRoutine)));
        closeWithSessionEnded = result.capped > result.endedBySkill;
      }
    }
  }
  const per = (kind: Kind) => {
    const s = sorted(latencies[kind]).map((ns) => ns / 1e6);
    return {
      requests: s.length,
      requestsPerRoutine: round(mean(requestsPerRoutine[kind]), 2),
      p50Ms: round(percentile(s, 50), 4),
      p99Ms: round(percentile(s, 99), 4),
      maxMs: round(s[s.length - 1] ?? NaN, 4),
      meanMs: round(mean(s), 4),
      rssMB: round(median(rss[kind]) / 2 ** 20, 2),
      rssMBPerProcess: rss[kind].map((b) => round(b / 2 ** 20, 2)),
      heapUsedMB: round(median(heap[kind]) / 2 ** 20, 2),
    };
  };
  return { skill: per('skill'), hello: per('hello'), routine: { endedBySkill, capped, firstRoutine: summariseNames(firstRoutine) } };
}

interface DynamoServers {
  proxy: CountingProxy;
  close(): Promise<void>;
}

/** dynalite (in memory) and the counting proxy in front of it, both on 127.0.0.1; creates the table. */
async function startDynamo(): Promise<DynamoServers> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'; // this process only; runners get a clean env
  const db = await startDynalite(TABLE_NAME);
  const proxy = new CountingProxy(new URL(db.endpoint), { expectedErrors: EXPECTED_DYNAMO_ERRORS });
  await proxy.start();
  const close = async (): Promise<void> => {
    await proxy.stop();
    await db.stop();
  };
  return { proxy, close };
}

function sumOps(ops: Record<string, number>, kinds: Set<string>): number {
  return Object.entries(ops).reduce((total, [op, n]) => total + (kinds.has(op) ? n : 0), 0);
}

function addOps(into: Record<string, number>, ops: Record<string, number>): void {
  for (const [op, n] of Object.entries(ops)) into[op] = (into[op] ?? 0) + n;
}

async function measureDynamo(bundles: Bundles, options: Options, cwd: string, helloTurns: number, closeWithSessionEnded: boolean) {
  const servers = await startDynamo();
  const missing = path.join(cwd, 'no-such-aws-config');
  try {
    const env = childEnv({
      TABLE_NAME,
      AWS_ENDPOINT_URL_DYNAMODB: servers.proxy.endpoint,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'bench',
      AWS_SECRET_ACCESS_KEY: 'bench',
      AWS_CONFIG_FILE: missing,
      AWS_SHARED_CREDENTIALS_FILE: missing,
      AWS_EC2_METADATA_DISABLED: 'true',
    });
    const per = async (kind: Kind) => {
      const config: WarmConfig = {
        mode: 'dynamo', bundle: kind === 'skill' ? bundles.skill : bundles.hello, kind, warmup: 0, routines: options.dynamoSessions,
        countsUrl: `${servers.proxy.endpoint}${COUNTS_PATH}`, settleMs: 250, turnSettleMs: 20,
        ...(kind === 'hello' ? { helloTurns, closeWithSessionEnded } : {}),
      };
      const outcome = await runNode([bundles.warmRunner, JSON.stringify(config)], env, cwd, 120_000, `DynamoDB sessions (${kind})`);
      return summariseDynamo((outcome.result as DynamoResult).sessions);
    };
    const skill = await per('skill');
    const hello = await per('hello');
    const errors = { count: servers.proxy.errors, types: servers.proxy.errorTypes };
    if (servers.proxy.errors > 0) {
      throw new BenchError(`DynamoDB requests failed against the local table: ${JSON.stringify(servers.proxy.errorTypes)}`);
    }
    return { table: TABLE_NAME, sessions: options.dynamoSessions, skill, hello, errors };
  } finally {
    await servers.close();
  }
}

function summariseDynamo(sessions: DynamoSession[]) {
  const ops: Record<string, number> = {};
  const readsPerSession: number[] = [];
  const writesPerSession: number[] = [];
  const writesPerTurn: number[] = [];
  const readsPerTurn: number[] = [];
  let turns = 0;
  let stateTurns = 0;
  let stateTurnWrites = 0;
  let writesOnUnchangedTurns = 0;
  let lateCalls = 0;
  for (const session of sessions) {
    let reads = sumOps(session.lateOps, READ_OPS);
    let writes = sumOps(session.lateOps, WRITE_OPS);
    lateCalls += Object.values(session.lateOps).reduce((a, b) => a + b, 0);
    addOps(ops, session.lateOps);
    for (const turn of session.turns) {
      const r = sumOps(turn.ops, READ_OPS);
      const w = sumOps(turn.ops, WRITE_OPS);
      addOps(ops, turn.ops);
      reads += r;
      writes += w;
      lateCalls += turn.lateCalls;
      readsPerTurn.push(r);
      writesPerTurn.push(w);
      turns++;
      if (turn.sessionStateChanged || turn.endSession) {
        stateTurns++;
        stateTurnWrites += w;
      } else if (w > 0) {
        writesOnUnchangedTurns += w;
      }
    }
    readsPerSession.push(reads);
    writesPerSession.push(writes);
  }
  return {
    ops,
    turns,
    readsPerSession: { mean: round(mean(readsPerSession), 2), max: Math.max(0, ...readsPerSession), perSession: readsPerSession },
    writesPerSession: { mean: round(mean(writesPerSession), 2), max: Math.max(0, ...writesPerSession), perSession: writesPerSession },
    readsPerTurn: { mean: round(mean(readsPerTurn), 3), max: Math.max(0, ...readsPerTurn) },
    writesPerTurn: { mean: round(mean(writesPerTurn), 3), max: Math.max(0, ...writesPerTurn) },
    stateChangingTurns: stateTurns,
    writesPerStateChangingTurn: stateTurns ? round(stateTurnWrites / stateTurns, 3) : 0,
    writesOnTurnsWithoutSessionChange: writesOnUnchangedTurns,
    lateCalls,
  };
}

// ---------------------------------------------------------------- report

interface Target {
  name: string;
  value: number;
  limit: number;
  unit: string;
  pass: boolean;
}

function target(name: string, value: number, limit: number, unit: string): Target {
  return { name, value: round(value, 4), limit, unit, pass: Number.isFinite(value) && value <= limit };
}

function fmt(value: number, digits = 2): string {
  return Number.isFinite(value) ? value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : 'n/a';
}

function ratio(a: number, b: number): number {
  return b > 0 ? a / b : NaN;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  process.chdir(ROOT);
  const started = Date.now();
  const host = machine();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hamstring-bench-'));
  const work = path.join(tmp, 'cwd'); // the runners' working directory: nothing they write lands in the repo
  fs.mkdirSync(work);
  try {
    console.log(`bench: building (node scripts/build.mjs + hello-world with the same esbuild options)…`);
    const bundles = await buildAll(tmp);

    const size = (file: string) => {
      const bytes = fs.readFileSync(file);
      return { rawBytes: bytes.length, gzipBytes: zlib.gzipSync(bytes).length };
    };
    const bundle = { skill: size(bundles.skill), hello: size(bundles.hello) };

    console.log(`bench: cold start, ${options.coldRuns} interleaved rounds (+1 discarded) of skill / hello-world / node -e 0…`);
    const cold = await measureCold(bundles, options, work);

    console.log(`bench: locales, ${options.coldRuns} interleaved rounds (+1 discarded) of all ${LOCALE_IDS.length} locales / en-US only…`);
    const locales = await measureLocales(bundles, options, work);

    console.log(`bench: warm loop, ${options.warmProcs}+${options.warmProcs} processes × (${options.warmup} warm-up + ${options.routines} routines), ABBA order…`);
    const warm = await measureWarm(bundles, options, work);

    const helloTurns = Math.max(1, Math.round(warm.skill.requestsPerRoutine));
    const closeWithSessionEnded = warm.routine.capped > warm.routine.endedBySkill;
    console.log(`bench: DynamoDB calls, ${options.dynamoSessions} sessions each through a counting proxy to dynalite…`);
    const dynamodb = await measureDynamo(bundles, options, work, helloTurns, closeWithSessionEnded);

    const goal = {
      cold: target('cold start median ≤ 1.10× hello-world', ratio(cold.skill.wallMs.median, cold.hello.wallMs.median), TARGET.coldRatio, '×'),
      firstInvocation: target(
        'first invocation ≤ hello-world + 2 ms (medians)',
        cold.skill.firstInvocationMs.median - cold.hello.firstInvocationMs.median,
        TARGET.firstInvocationMs,
        'ms over',
      ),
      coldRss: target('RSS after the first response ≤ 1.2× hello-world', ratio(cold.skill.rssMB, cold.hello.rssMB), TARGET.rssRatio, '×'),
      warmP99: target('warm p99 ≤ 1 ms per request', warm.skill.p99Ms, TARGET.warmP99Ms, 'ms'),
      warmRss: target('RSS after the warm loop ≤ 1.2× hello-world', ratio(warm.skill.rssMB, warm.hello.rssMB), TARGET.rssRatio, '×'),
      gzip: target('gzipped bundle ≤ 2× hello-world', ratio(bundle.skill.gzipBytes, bundle.hello.gzipBytes), TARGET.gzipRatio, '×'),
      localesCold: target(
        `cold start, all ${LOCALE_IDS.length} locales ≤ 1.10× en-US only (medians)`,
        ratio(locales.allLocales.wallMs.median, locales.enUSOnly.wallMs.median),
        TARGET.localesRatio,
        '×',
      ),
      localesFirst: target(
        `first request, all ${LOCALE_IDS.length} locales ≤ 1.10× en-US only (medians)`,
        ratio(locales.allLocales.firstInvocationMs.median, locales.enUSOnly.firstInvocationMs.median),
        TARGET.localesRatio,
        '×',
      ),
      reads: target('DynamoDB reads per session ≤ 1 (max over sessions)', dynamodb.skill.readsPerSession.max, TARGET.readsPerSession, 'reads'),
      writes: target('DynamoDB writes per turn ≤ 1 (max over turns)', dynamodb.skill.writesPerTurn.max, TARGET.writesPerTurn, 'writes'),
    };
    const targets: Target[] = Object.values(goal);
    const mark = (t: Target): string => `${t.pass ? 'met' : 'MISSED'} (≤ ${t.limit}${t.unit === '×' ? '×' : ` ${t.unit}`})`;

    const rows: Array<[string, string, string, string, string]> = [];
    const row = (metric: string, skill: number, hello: number, digits = 2, check = '', showRatio = true): void => {
      rows.push([metric, fmt(skill, digits), fmt(hello, digits), showRatio ? fmt(ratio(skill, hello), 2) : '', check]);
    };
    row('bundle raw (KiB)', bundle.skill.rawBytes / 1024, bundle.hello.rawBytes / 1024, 1);
    row('bundle gzip (KiB)', bundle.skill.gzipBytes / 1024, bundle.hello.gzipBytes / 1024, 1, mark(goal.gzip));
    row('cold start median (ms)', cold.skill.wallMs.median, cold.hello.wallMs.median, 1, mark(goal.cold));
    row('cold start min (ms)', cold.skill.wallMs.min, cold.hello.wallMs.min, 1);
    row('cold start max (ms)', cold.skill.wallMs.max, cold.hello.wallMs.max, 1);
    row('cold start − floor, median (ms)', cold.skill.netOfFloorMs, cold.hello.netOfFloorMs, 1);
    row('  in-process: start → response (ms)', cold.skill.inProcessToResponseMs.median, cold.hello.inProcessToResponseMs.median, 1);
    row('  module load: require bundle (ms)', cold.skill.requireMs.median, cold.hello.requireMs.median, 1);
    row('  first invocation (ms)', cold.skill.firstInvocationMs.median, cold.hello.firstInvocationMs.median, 2, mark(goal.firstInvocation));
    row('  RSS after the first response (MiB)', cold.skill.rssMB, cold.hello.rssMB, 1, mark(goal.coldRss));
    rows.push([`floor: node -e 0 (ms) med/min/max`, `${fmt(cold.floor.wallMs.median, 1)} / ${fmt(cold.floor.wallMs.min, 1)} / ${fmt(cold.floor.wallMs.max, 1)}`, '', '', '']);
    row('warm p50 (ms/request)', warm.skill.p50Ms, warm.hello.p50Ms, 3);
    row('warm p99 (ms/request)', warm.skill.p99Ms, warm.hello.p99Ms, 3, mark(goal.warmP99));
    row('warm max (ms/request)', warm.skill.maxMs, warm.hello.maxMs, 3);
    row('warm requests timed', warm.skill.requests, warm.hello.requests, 0);
    row('requests per routine (mean)', warm.skill.requestsPerRoutine, warm.hello.requestsPerRoutine, 1);
    row('RSS after warm loop (MiB, median)', warm.skill.rssMB, warm.hello.rssMB, 1, mark(goal.warmRss));
    row('heap used after warm loop (MiB)', warm.skill.heapUsedMB, warm.hello.heapUsedMB, 1);
    row('DynamoDB reads / session (max)', dynamodb.skill.readsPerSession.max, dynamodb.hello.readsPerSession.max, 0, mark(goal.reads), false);
    row('DynamoDB reads / session (mean)', dynamodb.skill.readsPerSession.mean, dynamodb.hello.readsPerSession.mean, 2, '', false);
    row('DynamoDB writes / session (mean)', dynamodb.skill.writesPerSession.mean, dynamodb.hello.writesPerSession.mean, 2, '', false);
    row('DynamoDB writes / turn (max)', dynamodb.skill.writesPerTurn.max, dynamodb.hello.writesPerTurn.max, 0, mark(goal.writes), false);
    row('DynamoDB writes / turn (mean)', dynamodb.skill.writesPerTurn.mean, dynamodb.hello.writesPerTurn.mean, 3, '', false);
    row('DynamoDB writes / state-changing turn', dynamodb.skill.writesPerStateChangingTurn, dynamodb.hello.writesPerStateChangingTurn, 3, '', false);

    rows.push([`cold start, all ${locales.locales} locales / en-US only (ms, median)`, fmt(locales.allLocales.wallMs.median, 1), fmt(locales.enUSOnly.wallMs.median, 1), fmt(ratio(locales.allLocales.wallMs.median, locales.enUSOnly.wallMs.median), 2), mark(goal.localesCold)]);
    rows.push([`  first request, all ${locales.locales} locales / en-US only (ms, median)`, fmt(locales.allLocales.firstInvocationMs.median, 2), fmt(locales.enUSOnly.firstInvocationMs.median, 2), fmt(ratio(locales.allLocales.firstInvocationMs.median, locales.enUSOnly.firstInvocationMs.median), 2), mark(goal.localesFirst)]);
    if (locales.allLocalesFirstRequestInOther) {
      rows.push([`  first request in ${locales.otherLocale}, all locales (ms: wall / first request)`, `${fmt(locales.allLocalesFirstRequestInOther.wallMs.median, 1)} / ${fmt(locales.allLocalesFirstRequestInOther.firstInvocationMs.median, 2)}`, '', '', '']);
    }
    const header: [string, string, string, string, string] = ['metric', 'skill', 'hello-world', 'skill/hello', 'target'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
    const line = (cells: string[]): string => cells.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
    console.log('');
    console.log(`Hamstring Coach bench — ${new Date().toISOString()}`);
    console.log(`machine: ${host.nproc} × ${host.cpu}, node ${host.node}, ${host.platform}, load avg (1 min) at start ${host.loadAvg1mAtStart}`);
    console.log(`cold/warm runs: TABLE_NAME unset (the handler's in-memory persistence); DynamoDB runs: dynalite via counting proxy`);
    console.log('');
    console.log(line(header));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of rows) console.log(line(r));
    console.log('');
    const routine = warm.routine;
    console.log(`skill routine: ${routine.endedBySkill} ended by the skill (shouldEndSession true), ${routine.capped} capped at ${MAX_TURNS} turns; first routine: ${routine.firstRoutine}`);
    if (routine.capped > 0) console.log(`note: the skill never ended some routines by itself; they were capped at ${MAX_TURNS} turns and closed with a SessionEndedRequest.`);
    console.log(`DynamoDB ops, skill: ${JSON.stringify(dynamodb.skill.ops)}; hello-world: ${JSON.stringify(dynamodb.hello.ops)}; arrived after their response: ${dynamodb.skill.lateCalls}; writes on turns without a session change: ${dynamodb.skill.writesOnTurnsWithoutSessionChange}`);
    if (dynamodb.skill.lateCalls > 0) {
      console.log(`warning: ${dynamodb.skill.lateCalls} DynamoDB call(s) arrived after the response that caused them (not awaited?); Lambda may freeze before they finish.`);
    }
    if (totalWarnLogs > 0) console.log(`note: the skill logged ${totalWarnLogs} warning line(s) during the bench.`);
    if (sumValues(dynamodb.skill.ops) === 0) console.log('note: the skill made no DynamoDB calls at all (does it persist anything yet?).');
    const failed = targets.filter((t) => !t.pass);
    for (const t of targets) console.log(`${t.pass ? 'met   ' : 'MISSED'}  ${t.name}: ${fmt(t.value, 2)}${t.unit === '×' ? '×' : ` ${t.unit}`}`);
    console.log(`targets: ${targets.length - failed.length}/${targets.length} met${failed.length ? ` — missed: ${failed.map((t) => t.name).join('; ')}` : ''}`);
    console.log(`total bench time: ${fmt((Date.now() - started) / 1000, 1)} s; load avg (1 min) at end ${fmt(os.loadavg()[0] ?? NaN, 2)}`);
    console.log(JSON.stringify({
      bench: 'hamstring-coach', date: new Date().toISOString(), machine: host, options, esbuildOptions: bundles.esbuildOptions,
      bundle: { ...bundle, gzipRatio: round(ratio(bundle.skill.gzipBytes, bundle.hello.gzipBytes)), rawRatio: round(ratio(bundle.skill.rawBytes, bundle.hello.rawBytes)) },
      locales,
      coldStart: { ...cold, ratio: round(ratio(cold.skill.wallMs.median, cold.hello.wallMs.median)) },
      warm: { ...warm, p99Ratio: round(ratio(warm.skill.p99Ms, warm.hello.p99Ms)) },
      memory: { skillRssMB: warm.skill.rssMB, helloRssMB: warm.hello.rssMB, ratio: round(ratio(warm.skill.rssMB, warm.hello.rssMB)) },
      dynamodb,
      skillWarnLogs: totalWarnLogs,
      targets,
      allTargetsPass: failed.length === 0,
      durationS: round((Date.now() - started) / 1000, 1),
    }));
  } finally {
    if (options.keep) console.error(`bench: kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function sumValues(record: Record<string, number>): number {
  return Object.values(record).reduce((a, b) => a + b, 0);
}

/** "LaunchRequest, StartStretchIntent, ReadyIntent ×58, SessionEndedRequest" */
function summariseNames(names: string[]): string {
  const parts: string[] = [];
  for (let i = 0; i < names.length;) {
    let j = i;
    while (j < names.length && names[j] === names[i]) j++;
    parts.push(j - i > 1 ? `${names[i]} ×${j - i}` : String(names[i]));
    i = j;
  }
  return parts.join(', ') || '(none)';
}

main().then(
  () => process.exit(0), // a missed target is printed, not an exit code
  (error: unknown) => {
    const message = error instanceof BenchError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.error(`bench error: ${message}`);
    process.exit(1);
  },
);
