/**
 * `npm run serve`: the skill as a web service endpoint, POST `/`. A request that
 * fails Alexa's signature or timestamp check gets HTTP 4xx and no skill output.
 *
 *   PORT            listening port, default 3000 (0 picks a free one)
 *   HOST            listening address, default 0.0.0.0
 *   ALLOW_UNSIGNED  exactly "1" turns the signature and timestamp checks off (local testing only)
 *   SKILL_ID        passed to the skill: requests for other application IDs are refused
 *   TABLE_NAME      user data in this DynamoDB table; unset: in memory, per process
 *
 * SIGTERM / SIGINT: stop accepting connections, let in-flight requests finish, exit 0;
 * after SHUTDOWN_TIMEOUT_MS (10 s) the remaining connections are cut and it exits 1.
 * A second signal exits at once.
 */
import type http from 'node:http';
import { buildSkill, type InvocableSkill } from '../skill';
import { MemoryPersistenceAdapter } from '../persistence/memory-adapter';
import { persistenceFromEnvironment } from '../persistence/select-adapter';
import { closeGracefully, createSkillServer, type CloseResult } from './server';

export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = '0.0.0.0';
export const SHUTDOWN_TIMEOUT_MS = 10_000;

export interface RunningServer {
  server: http.Server;
  /** The port actually bound (useful with PORT=0). */
  port: number;
  host: string;
  verifySignature: boolean;
  /** Graceful shutdown; resolves when every connection is closed. Idempotent. */
  close(): Promise<CloseResult>;
}

export interface StartOverrides {
  /** Use this skill instead of building one from the environment (tests). */
  skill?: InvocableSkill;
  /** Where human-readable notices go; default standard error. */
  notify?: (text: string) => void;
  shutdownTimeoutMs?: number;
}

const UNSIGNED_WARNING = [
  '',
  '################################################################################',
  '##  WARNING: ALLOW_UNSIGNED=1 -- ALEXA REQUEST SIGNATURES ARE NOT CHECKED.     ##',
  '##  Anyone who can reach this port can drive the skill and write user data.   ##',
  '##  For local testing only. NEVER expose this server to the internet.         ##',
  '################################################################################',
  '',
].join('\n');

export function parsePort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(`PORT must be an integer from 0 to 65535, got "${value}"`);
  }
  return port;
}

export async function startServer(
  env: NodeJS.ProcessEnv = process.env,
  overrides: StartOverrides = {},
): Promise<RunningServer> {
  const notify = overrides.notify ?? ((text: string) => process.stderr.write(text + '\n'));
  const port = parsePort(env.PORT);
  const host = env.HOST?.trim() || DEFAULT_HOST;
  const verifySignature = env.ALLOW_UNSIGNED !== '1';
  if (!verifySignature) notify(UNSIGNED_WARNING);
  const skillId = env.SKILL_ID?.trim() || undefined;
  if (!skillId && verifySignature) {
    notify('Note: SKILL_ID is not set, so signed requests for any Alexa skill are served. Set it to your skill ID.');
  }

  const skill =
    overrides.skill ??
    buildSkill({
      persistence: persistenceFromEnvironment(env, () => new MemoryPersistenceAdapter()),
      skillId,
    });

  const server = createSkillServer({ skill, verifySignature });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address !== null ? address.port : port;
  notify(
    `Hamstring Coach listening on http://${host}:${boundPort}/ ` +
      `(signature check ${verifySignature ? 'on' : 'OFF'}, user data ${env.TABLE_NAME?.trim() ? 'in DynamoDB' : 'in memory'})`,
  );

  const timeoutMs = overrides.shutdownTimeoutMs ?? SHUTDOWN_TIMEOUT_MS;
  return {
    server,
    port: boundPort,
    host,
    verifySignature,
    close: () => closeGracefully(server, timeoutMs),
  };
}

async function main(): Promise<void> {
  const running = await startServer(process.env);
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      process.stderr.write(`${signal} again: exiting now.\n`);
      process.exit(1);
    }
    stopping = true;
    process.stderr.write(`${signal}: finishing in-flight requests, then exiting.\n`);
    // Backstop in case closing itself stalls; closeGracefully cuts connections first.
    setTimeout(() => process.exit(1), SHUTDOWN_TIMEOUT_MS + 2000).unref();
    running.close().then(({ forced }) => {
      if (forced) process.stderr.write('Shutdown timed out: open requests were cut off.\n');
      process.exit(forced ? 1 : 0);
    });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`Could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
