/**
 * Warm runner (bundled by bench/run.ts into a plain CommonJS file; one fresh
 * process per run): `node <runner> '<json config>'`.
 *
 * mode "warm": `warmup` untimed routines, then `routines` timed ones; reports every
 * request's latency (ns) and the process RSS right after the loop.
 * mode "dynamo": `routines` sessions against the counting DynamoDB proxy; before and
 * after each request it reads the proxy's counters (outside the timed region), so
 * every DynamoDB call is attributed to the request that made it. Calls that
 * arrive after a response (fire-and-forget writes) count for that turn and are
 * reported as late; after a session's last response a final read after
 * `settleMs` catches them.
 */
import type { ProxyCounts } from '../test/support/counting-proxy';
import { fail, finish, Kind, loadHandler } from './requests';
import { RoutineRecord, runRoutine, TurnObserver, TurnRecord } from './routine';

export interface WarmConfig {
  mode: 'warm' | 'dynamo';
  bundle: string;
  kind: Kind;
  warmup: number;
  routines: number;
  helloTurns?: number;
  closeWithSessionEnded?: boolean;
  /** dynamo mode: GET returns the proxy's counters, { ops: { GetItem: n, ... }, errors: n }. */
  countsUrl?: string;
  /** dynamo mode: wait after the last response of a session before the final count. */
  settleMs?: number;
  /** dynamo mode: wait after each response before counting its calls. */
  turnSettleMs?: number;
}

export interface WarmResult {
  latenciesNs: number[];
  requestsPerRoutine: number[];
  endedBySkill: number;
  capped: number;
  rssBytes: number;
  heapUsedBytes: number;
  firstRoutine: string[];
}

export interface DynamoTurn extends TurnRecord {
  /** DynamoDB calls by operation, from the request until the next request (or the session's end). */
  ops: Record<string, number>;
  errors: number;
  /** Of those, calls that arrived after the response (fire-and-forget). */
  lateCalls: number;
}

export interface DynamoSession {
  turns: DynamoTurn[];
  endedBySkill: boolean;
  lateOps: Record<string, number>;
  lateErrors: number;
}

export interface DynamoResult {
  sessions: DynamoSession[];
}

async function main(): Promise<void> {
  const config = JSON.parse(process.argv[2] ?? '') as WarmConfig;
  const handler = loadHandler(config.bundle);
  const plan = (index: number) => ({
    kind: config.kind,
    index,
    userId: `amzn1.ask.account.BENCH${config.mode.toUpperCase()}`,
    helloTurns: config.helloTurns,
    closeWithSessionEnded: config.closeWithSessionEnded,
  });

  if (config.mode === 'warm') {
    for (let i = 0; i < config.warmup; i++) await runRoutine(handler, plan(i));
    const routines: RoutineRecord[] = [];
    for (let i = 0; i < config.routines; i++) routines.push(await runRoutine(handler, plan(config.warmup + i)));
    const memory = process.memoryUsage();
    const result: WarmResult = {
      latenciesNs: routines.flatMap((r) => r.turns.map((t) => t.ns)),
      requestsPerRoutine: routines.map((r) => r.turns.length),
      endedBySkill: routines.filter((r) => r.endedBySkill).length,
      capped: routines.filter((r) => !r.endedBySkill).length,
      rssBytes: memory.rss,
      heapUsedBytes: memory.heapUsed,
      firstRoutine: routines[0]?.turns.map((t) => t.name) ?? [],
    };
    finish(result);
  }

  const countsUrl = config.countsUrl;
  if (!countsUrl) throw new Error('dynamo mode needs countsUrl');
  const sessions: DynamoSession[] = [];
  for (let i = 0; i < config.routines; i++) {
    let before = await readCounts(countsUrl);
    const turns: DynamoTurn[] = [];
    const observer: TurnObserver = {
      // Calls that arrive between a response and the next request belong to the earlier turn.
      before: async () => {
        const now = await readCounts(countsUrl);
        const previous = turns[turns.length - 1];
        if (previous) {
          const late = diff(now.ops, before.ops);
          for (const [op, n] of Object.entries(late)) previous.ops[op] = (previous.ops[op] ?? 0) + n;
          previous.lateCalls += Object.values(late).reduce((a, b) => a + b, 0);
          previous.errors += now.errors - before.errors;
        }
        before = now;
      },
      after: async (turn) => {
        const atResponse = await readCounts(countsUrl);
        await sleep(config.turnSettleMs ?? 20); // lets a not-awaited call reach the proxy before the turn is closed
        const now = await readCounts(countsUrl);
        const lateCalls = Object.values(diff(now.ops, atResponse.ops)).reduce((a, b) => a + b, 0);
        turns.push({ ...turn, ops: diff(now.ops, before.ops), errors: now.errors - before.errors, lateCalls });
        before = now;
      },
    };
    const routine = await runRoutine(handler, plan(i), observer);
    await sleep(config.settleMs ?? 250);
    const late = await readCounts(countsUrl);
    sessions.push({ turns, endedBySkill: routine.endedBySkill, lateOps: diff(late.ops, before.ops), lateErrors: late.errors - before.errors });
  }
  const result: DynamoResult = { sessions };
  finish(result);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function readCounts(url: string): Promise<ProxyCounts> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`counting proxy answered ${response.status}`);
  return (await response.json()) as ProxyCounts;
}

function diff(now: Record<string, number>, before: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [op, count] of Object.entries(now)) {
    const delta = count - (before[op] ?? 0);
    if (delta !== 0) out[op] = delta;
  }
  return out;
}

main().catch(fail);
