/**
 * The persistence adapters against real stores: dynalite (a DynamoDB-compatible
 * server, in process), real sockets for slow and dead tables, and real files.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { DynamoDbPersistenceAdapter } from '../lambda/persistence/dynamodb-adapter';
import { MissingUserIdError, PersistenceError } from '../lambda/persistence/errors';
import { FilePersistenceAdapter } from '../lambda/persistence/file-adapter';
import { MemoryPersistenceAdapter } from '../lambda/persistence/memory-adapter';
import { persistenceFromEnvironment } from '../lambda/persistence/select-adapter';
import { setLogSink, LogSink } from '../lambda/support/log';
import { LocalDynamo, startDynalite, TEST_CREDENTIALS, TEST_REGION } from './support/dynalite';

const ROOT = path.resolve(__dirname, '..');
const ENV_KEYS = [
  'AWS_ENDPOINT_URL_DYNAMODB', 'AWS_ENDPOINT_URL', 'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'TABLE_NAME',
] as const;

let dynamo: LocalDynamo;
let savedEnv: Partial<Record<string, string>>;
let previousSink: LogSink;
const logLines: string[] = [];
const usedUserIds: string[] = [];
const toClose: DynamoDbPersistenceAdapter[] = [];
const servers: net.Server[] = [];
const openSockets = new Map<net.Server, Set<net.Socket>>();
let tmpDir: string;

function newUserId(): string {
  const id = `amzn1.ask.account.TEST${randomUUID().replace(/-/g, '').toUpperCase()}`;
  usedUserIds.push(id);
  return id;
}

function envelope(userId: string | undefined, where: 'context' | 'session' | 'both' = 'both'): RequestEnvelope {
  const user = userId === undefined ? undefined : { userId };
  return {
    version: '1.0',
    session: {
      new: true, sessionId: 'amzn1.echo-api.session.test', application: { applicationId: 'amzn1.ask.skill.test' },
      ...(where !== 'context' && user ? { user } : {}),
    },
    context: {
      System: {
        application: { applicationId: 'amzn1.ask.skill.test' }, apiEndpoint: 'https://api.amazonalexa.com',
        ...(where !== 'session' && user ? { user } : {}),
      },
    },
    request: { type: 'LaunchRequest', requestId: 'amzn1.echo-api.request.test', timestamp: new Date().toISOString(), locale: 'en-US' },
  } as unknown as RequestEnvelope;
}

/** The env-var path: endpoint, region and credentials reach the SDK only through process.env. */
function dynamoAdapter(options: Partial<ConstructorParameters<typeof DynamoDbPersistenceAdapter>[0]> = {}): DynamoDbPersistenceAdapter {
  const adapter = new DynamoDbPersistenceAdapter({ tableName: dynamo.tableName, ...options });
  toClose.push(adapter);
  return adapter;
}

/** An adapter on the same table, but reaching it through another endpoint (clientConfig). */
function dynamoAdapterVia(endpoint: string, options: { timeoutMs?: number; maxAttempts?: number } = {}): DynamoDbPersistenceAdapter {
  return dynamoAdapter({ ...options, clientConfig: { endpoint, region: TEST_REGION, credentials: TEST_CREDENTIALS } });
}

/** Starts a helper server on a free port; afterAll destroys its open sockets, then closes it. */
async function listen(server: net.Server): Promise<number> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  openSockets.set(server, sockets);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

/** A TCP server that accepts connections and never answers. */
async function blackHole(): Promise<{ endpoint: string; connections: () => number }> {
  let count = 0;
  const server = net.createServer((socket) => {
    count += 1;
    socket.on('error', () => undefined);
  });
  const port = await listen(server);
  return { endpoint: `http://127.0.0.1:${port}`, connections: () => count };
}

/** A port nothing listens on (bound once, then released). */
async function closedPort(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** Forwards to dynalite, holding every request chunk back for delayMs, even after the client has given up. */
async function delayingProxy(target: string, delayMs: number): Promise<string> {
  const { port: targetPort } = new URL(target);
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(targetPort), '127.0.0.1');
    openSockets.get(server)?.add(upstream);
    client.on('error', () => undefined);
    upstream.on('error', () => undefined);
    client.on('data', (chunk) => setTimeout(() => upstream.write(chunk), delayMs));
    upstream.on('data', (chunk) => { if (!client.destroyed) client.write(chunk); });
    client.on('close', () => setTimeout(() => upstream.end(), delayMs + 500));
  });
  const port = await listen(server);
  return `http://127.0.0.1:${port}`;
}

async function timed<T>(work: () => Promise<T>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  try {
    await work();
    return { error: undefined, ms: Date.now() - started };
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
}

async function rawItem(userId: string) {
  const { Item } = await dynamo.client.send(new GetItemCommand({ TableName: dynamo.tableName, Key: { id: { S: userId } }, ConsistentRead: true }));
  return Item;
}

beforeAll(async () => {
  savedEnv = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]));
  for (const key of ENV_KEYS) delete process.env[key];
  dynamo = await startDynalite();
  process.env.AWS_ENDPOINT_URL_DYNAMODB = dynamo.endpoint;
  process.env.AWS_REGION = TEST_REGION;
  process.env.AWS_ACCESS_KEY_ID = TEST_CREDENTIALS.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = TEST_CREDENTIALS.secretAccessKey;
  previousSink = setLogSink((line) => logLines.push(line));
  tmpDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hamstring-persistence-'));
  // Load the SDK and open a connection once, so the timing tests below measure calls, not module loading.
  await dynamoAdapter().getAttributes(envelope(newUserId()));
});

afterAll(async () => {
  toClose.forEach((adapter) => adapter.close());
  for (const sockets of openSockets.values()) sockets.forEach((socket) => socket.destroy());
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  await dynamo?.stop();
  setLogSink(previousSink);
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
  if (tmpDir) await fs.rm(tmpDir, { recursive: true, force: true });
});

describe('DynamoDbPersistenceAdapter on dynalite', () => {
  test('save, get and delete round-trip, stored as { id, attributes, updatedAt }', async () => {
    const adapter = dynamoAdapter();
    const userId = newUserId();
    const before = Date.now();
    await adapter.saveAttributes(envelope(userId), { variant: 'SITTING', holdSeconds: 45 });
    await expect(adapter.getAttributes(envelope(userId))).resolves.toEqual({ variant: 'SITTING', holdSeconds: 45 });

    const item = await rawItem(userId);
    expect(Object.keys(item ?? {}).sort()).toEqual(['attributes', 'id', 'updatedAt']);
    expect(item?.id).toEqual({ S: userId });
    expect(item?.attributes?.M).toBeDefined();
    const updatedAt = Date.parse(item?.updatedAt?.S ?? '');
    expect(updatedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(updatedAt).toBeLessThanOrEqual(Date.now() + 1000);

    await adapter.saveAttributes(envelope(userId), { variant: 'LYING' });
    await expect(adapter.getAttributes(envelope(userId))).resolves.toEqual({ variant: 'LYING' });

    await adapter.deleteAttributes(envelope(userId));
    await expect(adapter.getAttributes(envelope(userId))).resolves.toEqual({});
    expect(await rawItem(userId)).toBeUndefined();
    await expect(adapter.deleteAttributes(envelope(userId))).resolves.toBeUndefined();
  });

  test('keeps two users apart', async () => {
    const adapter = dynamoAdapter();
    const [alice, bob] = [newUserId(), newUserId()];
    await adapter.saveAttributes(envelope(alice), { pace: 'slow' });
    await adapter.saveAttributes(envelope(bob), { pace: 'fast' });
    await expect(adapter.getAttributes(envelope(alice))).resolves.toEqual({ pace: 'slow' });
    await expect(adapter.getAttributes(envelope(bob))).resolves.toEqual({ pace: 'fast' });
    await adapter.deleteAttributes(envelope(alice));
    await expect(adapter.getAttributes(envelope(alice))).resolves.toEqual({});
    await expect(adapter.getAttributes(envelope(bob))).resolves.toEqual({ pace: 'fast' });
  });

  test('an unknown user gets {}', async () => {
    await expect(dynamoAdapter().getAttributes(envelope(newUserId()))).resolves.toEqual({});
  });

  test('unicode, nested objects, lists, empties, null and floats survive; undefined is dropped', async () => {
    const adapter = dynamoAdapter();
    const userId = newUserId();
    const value = {
      name: 'Zoë 🦵 ストレッチ — “quotes” <b>&amp;</b>',
      progress: { variant: 'STANDING', step: 3, legs: ['left', 'right'], rounds: [{ leg: 'left', done: true }, { leg: 'right', done: false }] },
      deep: { a: { b: { c: { d: [1, [2, [3, { e: 'é' }]]] } } } },
      empties: { text: '', list: [], map: {} },
      nothing: null,
      ratio: 0.1 + 0.2,
      negative: -42,
      flag: false,
    };
    await adapter.saveAttributes(envelope(userId), { ...value, gone: undefined });
    await expect(adapter.getAttributes(envelope(userId))).resolves.toEqual(value);
    const back = await adapter.getAttributes(envelope(userId));
    expect('gone' in back).toBe(false);
    expect(back.ratio).toBe(0.1 + 0.2);
  });

  test('a user ID only in session.user is used', async () => {
    const adapter = dynamoAdapter();
    const userId = newUserId();
    await adapter.saveAttributes(envelope(userId, 'session'), { where: 'session' });
    await expect(adapter.getAttributes(envelope(userId, 'context'))).resolves.toEqual({ where: 'session' });
  });

  test('a slow table (accepts, never answers) rejects within the 1.5 s budget', async () => {
    const hole = await blackHole();
    const adapter = dynamoAdapterVia(hole.endpoint);
    const userId = newUserId();
    const { error, ms } = await timed(() => adapter.getAttributes(envelope(userId)));
    expect(error).toBeInstanceOf(PersistenceError);
    expect((error as PersistenceError).reason).toBe('timeout');
    expect((error as Error).message).not.toContain(userId);
    expect(ms).toBeGreaterThanOrEqual(1400);
    expect(ms).toBeLessThan(3000);
    expect(hole.connections()).toBeGreaterThanOrEqual(1);
    expect(hole.connections()).toBeLessThanOrEqual(2);
    console.info(`slow table: getAttributes rejected after ${ms} ms, ${hole.connections()} connection(s)`);

    const save = await timed(() => adapter.saveAttributes(envelope(userId), { a: 1 }));
    expect(save.error).toBeInstanceOf(PersistenceError);
    expect(save.ms).toBeLessThan(3000);
  });

  test('timeoutMs sets the budget', async () => {
    const hole = await blackHole();
    const { error, ms } = await timed(() => dynamoAdapterVia(hole.endpoint, { timeoutMs: 300 }).getAttributes(envelope(newUserId())));
    expect(error).toBeInstanceOf(PersistenceError);
    expect((error as PersistenceError).reason).toBe('timeout');
    expect(ms).toBeGreaterThanOrEqual(250);
    expect(ms).toBeLessThan(1000);
  });

  test('a dead table (closed port) rejects fast, with no user ID in the message', async () => {
    const adapter = dynamoAdapterVia(await closedPort());
    const userId = newUserId();
    const { error, ms } = await timed(() => adapter.getAttributes(envelope(userId)));
    expect(error).toBeInstanceOf(PersistenceError);
    expect((error as PersistenceError).reason).toBe('failed');
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
    expect((error as Error).message).not.toContain(userId);
    expect(ms).toBeLessThan(1000);
    console.info(`dead table: getAttributes rejected after ${ms} ms`);
  });

  test('a failed write leaves what was stored intact', async () => {
    const live = dynamoAdapter();
    const userId = newUserId();
    const stored = { variant: 'SITTING', holdSeconds: 30, progress: { step: 2 } };
    await live.saveAttributes(envelope(userId), stored);

    await expect(dynamoAdapterVia(await closedPort()).saveAttributes(envelope(userId), { variant: 'LYING' }))
      .rejects.toBeInstanceOf(PersistenceError);
    await expect(dynamoAdapterVia((await blackHole()).endpoint, { timeoutMs: 300 }).saveAttributes(envelope(userId), { variant: 'LYING' }))
      .rejects.toBeInstanceOf(PersistenceError);

    await expect(live.getAttributes(envelope(userId))).resolves.toEqual(stored);
  });

  test('a write that timed out and lands after a newer write does not overwrite it', async () => {
    const live = dynamoAdapter();
    const userId = newUserId();
    await live.saveAttributes(envelope(userId), { variant: 'SITTING', step: 1 });

    // This write is held 600 ms on its way to the table; the caller gives up after 200 ms...
    const slow = dynamoAdapterVia(await delayingProxy(dynamo.endpoint, 600), { timeoutMs: 200, maxAttempts: 1 });
    const stale = slow.saveAttributes(envelope(userId), { variant: 'SITTING', step: 2 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    // ...and the next turn writes a newer record before the held one lands.
    await live.saveAttributes(envelope(userId), { variant: 'SITTING', step: 3 });
    await expect(stale).rejects.toMatchObject({ reason: 'timeout' });
    await new Promise((resolve) => setTimeout(resolve, 1000));

    await expect(live.getAttributes(envelope(userId))).resolves.toEqual({ variant: 'SITTING', step: 3 });
  });

  test('a save with an older time than the stored item keeps the stored item, without an error', async () => {
    const adapter = dynamoAdapter();
    const userId = newUserId();
    await adapter.saveAttributes(envelope(userId), { step: 1 });
    const future = new Date(Date.now() + 60_000).toISOString();
    await dynamo.client.send(
      new PutItemCommand({ TableName: dynamo.tableName, Item: { id: { S: userId }, attributes: { M: { step: { N: '9' } } }, updatedAt: { S: future } } }),
    );
    await expect(adapter.saveAttributes(envelope(userId), { step: 2 })).resolves.toBeUndefined();
    await expect(adapter.getAttributes(envelope(userId))).resolves.toEqual({ step: 9 });
  });

  test('close() drops the client; the next call opens a new one', async () => {
    const adapter = dynamoAdapter();
    const userId = newUserId();
    await adapter.saveAttributes(envelope(userId), { n: 1 });
    adapter.close();
    await expect(adapter.getAttributes(envelope(userId))).resolves.toEqual({ n: 1 });
  });

  test('constructor checks its options', () => {
    expect(() => new DynamoDbPersistenceAdapter({ tableName: ' ' })).toThrow(TypeError);
    expect(() => new DynamoDbPersistenceAdapter({ tableName: 't', timeoutMs: 0 })).toThrow(RangeError);
    expect(() => new DynamoDbPersistenceAdapter({ tableName: 't', maxAttempts: 0 })).toThrow(RangeError);
    expect(new DynamoDbPersistenceAdapter({ tableName: 't' })).toMatchObject({ timeoutMs: 1500, maxAttempts: 2 });
  });
});

describe('every adapter', () => {
  const adapters: Array<[string, () => PersistenceAdapter]> = [
    ['dynamodb', () => dynamoAdapter()],
    ['memory', () => new MemoryPersistenceAdapter()],
    ['file', () => new FilePersistenceAdapter({ filePath: path.join(tmpDir, `every-${randomUUID()}.json`) })],
  ];

  test.each(adapters)('%s: a request envelope without a user rejects with MissingUserIdError', async (_name, make) => {
    const adapter = make();
    for (const bad of [envelope(undefined), envelope(''), {} as RequestEnvelope]) {
      await expect(adapter.getAttributes(bad)).rejects.toBeInstanceOf(MissingUserIdError);
      await expect(adapter.saveAttributes(bad, { a: 1 })).rejects.toBeInstanceOf(MissingUserIdError);
      await expect(adapter.deleteAttributes!(bad)).rejects.toBeInstanceOf(MissingUserIdError);
    }
  });

  test.each(adapters)('%s: round-trip, two users, unknown user', async (_name, make) => {
    const adapter = make();
    const [a, b] = [newUserId(), newUserId()];
    await expect(adapter.getAttributes(envelope(a))).resolves.toEqual({});
    await adapter.saveAttributes(envelope(a), { who: 'a', nested: { list: [1, 'ü'] } });
    await adapter.saveAttributes(envelope(b), { who: 'b' });
    await expect(adapter.getAttributes(envelope(a))).resolves.toEqual({ who: 'a', nested: { list: [1, 'ü'] } });
    await expect(adapter.getAttributes(envelope(b))).resolves.toEqual({ who: 'b' });
    await adapter.deleteAttributes!(envelope(a));
    await expect(adapter.getAttributes(envelope(a))).resolves.toEqual({});
    await expect(adapter.getAttributes(envelope(b))).resolves.toEqual({ who: 'b' });
  });
});

describe('MemoryPersistenceAdapter', () => {
  test('stores copies: changing the saved object or a returned object changes nothing stored', async () => {
    const adapter = new MemoryPersistenceAdapter();
    const userId = newUserId();
    const saved = { progress: { step: 1, legs: ['left'] } };
    await adapter.saveAttributes(envelope(userId), saved);
    saved.progress.step = 99;
    saved.progress.legs.push('right');

    const first = await adapter.getAttributes(envelope(userId));
    expect(first).toEqual({ progress: { step: 1, legs: ['left'] } });
    first.progress.step = 42;
    first.extra = true;

    await expect(adapter.getAttributes(envelope(userId))).resolves.toEqual({ progress: { step: 1, legs: ['left'] } });
    expect(await adapter.getAttributes(envelope(userId))).not.toBe(await adapter.getAttributes(envelope(userId)));
    expect(adapter.size).toBe(1);
  });
});

describe('FilePersistenceAdapter', () => {
  const newFile = () => path.join(tmpDir, `${randomUUID()}`, 'users.json');
  const tempFiles = async (file: string) => (await fs.readdir(path.dirname(file))).filter((name) => name.endsWith('.tmp'));

  test('a second adapter on the same file remembers what the first saved', async () => {
    const file = newFile();
    const [a, b] = [newUserId(), newUserId()];
    const first = new FilePersistenceAdapter({ filePath: file });
    await first.saveAttributes(envelope(a), { variant: 'STANDING', holdSeconds: 60, name: 'Zoë 🦵' });

    const second = new FilePersistenceAdapter({ filePath: file });
    await expect(second.getAttributes(envelope(a))).resolves.toEqual({ variant: 'STANDING', holdSeconds: 60, name: 'Zoë 🦵' });
    await second.saveAttributes(envelope(b), { pace: 'slow' });
    await expect(first.getAttributes(envelope(b))).resolves.toEqual({ pace: 'slow' });

    const onDisk = JSON.parse(await fs.readFile(file, 'utf8'));
    expect(onDisk).toEqual({ version: 1, users: { [a]: { variant: 'STANDING', holdSeconds: 60, name: 'Zoë 🦵' }, [b]: { pace: 'slow' } } });
    if (process.platform !== 'win32') expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    expect(await tempFiles(file)).toEqual([]);
  });

  test('a missing file means no data, and reading does not create it', async () => {
    const file = newFile();
    await expect(new FilePersistenceAdapter({ filePath: file }).getAttributes(envelope(newUserId()))).resolves.toEqual({});
    await expect(fs.stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  test('concurrent saves from two adapters in one process all land', async () => {
    const file = newFile();
    const adapters = [new FilePersistenceAdapter({ filePath: file }), new FilePersistenceAdapter({ filePath: file })];
    const users = Array.from({ length: 20 }, () => newUserId());
    await Promise.all(users.map((id, i) => adapters[i % 2].saveAttributes(envelope(id), { i })));
    const reader = new FilePersistenceAdapter({ filePath: file });
    for (const [i, id] of users.entries()) await expect(reader.getAttributes(envelope(id))).resolves.toEqual({ i });
  });

  test('stores a copy taken when saveAttributes is called', async () => {
    const adapter = new FilePersistenceAdapter({ filePath: newFile() });
    const userId = newUserId();
    const value = { step: 1 };
    const saving = adapter.saveAttributes(envelope(userId), value);
    value.step = 2;
    await saving;
    await expect(adapter.getAttributes(envelope(userId))).resolves.toEqual({ step: 1 });
  });

  test('atomic write: a save that fails before the rename leaves the old file whole and no temp file', async () => {
    const file = newFile();
    const adapter = new FilePersistenceAdapter({ filePath: file });
    const userId = newUserId();
    await adapter.saveAttributes(envelope(userId), { step: 1 });
    const before = await fs.readFile(file, 'utf8');

    // Fail the step that would publish the new content: what a crash just before the rename leaves.
    const rename = jest.spyOn(fs, 'rename').mockRejectedValueOnce(Object.assign(new Error('simulated crash'), { code: 'EIO' }));
    try {
      const error = await adapter.saveAttributes(envelope(userId), { step: 2, big: 'x'.repeat(100_000) }).catch((e) => e);
      expect(error).toBeInstanceOf(PersistenceError);
      expect(error.message).not.toContain(userId);
      expect(rename).toHaveBeenCalledTimes(1);
      const [from, to] = rename.mock.calls[0] as [string, string];
      expect(path.dirname(from)).toBe(path.dirname(file));
      expect(to).toBe(file);
    } finally {
      rename.mockRestore();
    }
    expect(await fs.readFile(file, 'utf8')).toBe(before);
    expect(await tempFiles(file)).toEqual([]);
    await expect(adapter.getAttributes(envelope(userId))).resolves.toEqual({ step: 1 });

    // Debris a real crash could leave (a half-written temp file) is ignored.
    await fs.writeFile(path.join(path.dirname(file), `.users.json.999.${randomUUID()}.tmp`), '{"version":1,"users":{"x');
    await expect(adapter.getAttributes(envelope(userId))).resolves.toEqual({ step: 1 });
  });

  test.each([
    ['not JSON', '{"version":1,"users":{"amzn1.ask.account.X":{"step":'],
    ['JSON of another shape', '[1,2,3]'],
  ])('a corrupt file (%s) reads as empty with one warning, is kept until a save, then moved aside', async (_kind, corruptText) => {
    const file = newFile();
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, corruptText);
    const adapter = new FilePersistenceAdapter({ filePath: file });
    const userId = newUserId();
    const linesBefore = logLines.length;

    await expect(adapter.getAttributes(envelope(userId))).resolves.toEqual({});
    await expect(adapter.getAttributes(envelope(userId))).resolves.toEqual({});
    await expect(adapter.deleteAttributes(envelope(userId))).resolves.toBeUndefined();
    const warnings = logLines.slice(linesBefore).map((line) => JSON.parse(line)).filter((l) => l.event === 'persistence.file_corrupt');
    expect(warnings).toEqual([{ level: 'warn', event: 'persistence.file_corrupt', outcome: 'treated_as_empty' }]);
    expect(await fs.readFile(file, 'utf8')).toBe(corruptText);

    await adapter.saveAttributes(envelope(userId), { step: 1 });
    await expect(adapter.getAttributes(envelope(userId))).resolves.toEqual({ step: 1 });
    const aside = (await fs.readdir(path.dirname(file))).filter((name) => name.startsWith('users.json.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(await fs.readFile(path.join(path.dirname(file), aside[0]), 'utf8')).toBe(corruptText);
  });

  test('a read error other than a missing file rejects instead of reading as empty', async () => {
    const file = newFile();
    await fs.mkdir(file, { recursive: true }); // a folder where the file should be
    const adapter = new FilePersistenceAdapter({ filePath: file });
    await expect(adapter.getAttributes(envelope(newUserId()))).rejects.toMatchObject({ name: 'PersistenceError', message: expect.stringMatching(/EISDIR/) });
    await expect(adapter.saveAttributes(envelope(newUserId()), { a: 1 })).rejects.toBeInstanceOf(PersistenceError);
  });
});

describe('persistenceFromEnvironment', () => {
  test('TABLE_NAME set: DynamoDB on that table, and the fallback is not called', async () => {
    const fallback = jest.fn(() => new MemoryPersistenceAdapter());
    const adapter = persistenceFromEnvironment({ TABLE_NAME: dynamo.tableName }, fallback);
    expect(adapter).toBeInstanceOf(DynamoDbPersistenceAdapter);
    expect((adapter as DynamoDbPersistenceAdapter).tableName).toBe(dynamo.tableName);
    expect(fallback).not.toHaveBeenCalled();
    toClose.push(adapter as DynamoDbPersistenceAdapter);

    // Reaches dynalite through AWS_ENDPOINT_URL_DYNAMODB alone.
    const userId = newUserId();
    await adapter.saveAttributes(envelope(userId), { via: 'env' });
    expect(await rawItem(userId)).toMatchObject({ attributes: { M: { via: { S: 'env' } } } });
  });

  test('TABLE_NAME unset or blank: the fallback', () => {
    const memory = new MemoryPersistenceAdapter();
    expect(persistenceFromEnvironment({}, () => memory)).toBe(memory);
    expect(persistenceFromEnvironment({ TABLE_NAME: '' }, () => memory)).toBe(memory);
    expect(persistenceFromEnvironment({ TABLE_NAME: '  ' }, () => memory)).toBe(memory);
  });

  /**
   * In a fresh Node process (jest's module registry hides require.cache), loads
   * select-adapter, picks an adapter, and reports which @aws-sdk modules Node has
   * loaded. The TABLE_NAME run is the control: it shows the check sees the SDK once
   * it is really loaded (on the first call), so the first assertion can fail.
   */
  function sdkModulesLoaded(env: NodeJS.ProcessEnv): Promise<{ kind: string; afterSelect: string[]; afterCall: string[] }> {
    const script = `
      const loaded = () => Object.keys(require.cache).filter((k) => k.includes('@aws-sdk')).map((k) => k.replace(/.*node_modules./, ''));
      const { persistenceFromEnvironment } = require('./lambda/persistence/select-adapter');
      const { MemoryPersistenceAdapter } = require('./lambda/persistence/memory-adapter');
      const adapter = persistenceFromEnvironment(process.env, () => new MemoryPersistenceAdapter());
      const afterSelect = loaded();
      adapter.getAttributes({ context: { System: { user: { userId: 'amzn1.ask.account.CHILD' } } } })
        .catch(() => undefined)
        .then(() => { process.stdout.write(JSON.stringify({ kind: adapter.constructor.name, afterSelect, afterCall: loaded() })); process.exit(0); });
    `;
    const childEnv: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_NO_WARNINGS: '1', ...env };
    return new Promise((resolve, reject) => {
      execFile(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: ROOT, env: childEnv, timeout: 15000 }, (error, stdout, stderr) => {
        if (error) reject(new Error(`child failed: ${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout));
      });
    });
  }

  test('without TABLE_NAME, requiring select-adapter and using the fallback never loads @aws-sdk', async () => {
    const without = await sdkModulesLoaded({});
    expect(without.kind).toBe('MemoryPersistenceAdapter');
    expect(without.afterSelect).toEqual([]);
    expect(without.afterCall).toEqual([]);

    const withTable = await sdkModulesLoaded({
      TABLE_NAME: dynamo.tableName, AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint, AWS_REGION: TEST_REGION,
      AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId, AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
    });
    expect(withTable.kind).toBe('DynamoDbPersistenceAdapter');
    expect(withTable.afterSelect).toEqual([]); // constructing is free too: the client is built on the first call
    expect(withTable.afterCall).toEqual(expect.arrayContaining([expect.stringMatching(/^@aws-sdk\/client-dynamodb\//)]));
  });
});

test('no log line written during these tests holds a user ID', () => {
  expect(usedUserIds.length).toBeGreaterThan(10);
  const all = logLines.join('\n');
  for (const id of usedUserIds) expect(all).not.toContain(id);
  expect(all).not.toContain('amzn1.ask.account');
});
