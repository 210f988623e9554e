/**
 * The web service endpoint over real HTTP on 127.0.0.1 (port 0): what Alexa, or anyone
 * else who can reach the port, sees. Every refused request is checked to have reached
 * neither the skill nor its storage.
 */
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { SkillRequestSignatureVerifier, type Verifier } from 'ask-sdk-express-adapter';
import { buildSkill, type InvocableSkill } from '../lambda/skill';
import { setLogSink, type LogSink } from '../lambda/support/log';
import { closeGracefully, createSkillServer, type SkillServerOptions } from '../lambda/web/server';
import { startServer } from '../lambda/web/serve';

// ---------------------------------------------------------------------------------------
// Fixtures

const APP_ID = 'amzn1.ask.skill.7f3c2a9e-1b4d-4c8e-9a6f-2d5b8e1c0a47';
const USER_ID = 'amzn1.ask.account.AF3KQXW7ZLMN2VRT6YH4BCJDE5GP8SU9OI1A0WQZXCVBNMLKJHGFDSAPOIUYTREWQ';
const DEVICE_ID = 'amzn1.ask.device.AEXAMPLE2H6Q4RZK7TJ3WBN5LMF8CD9YP1GSV0UXOIAQWERTZUIOPASDFGHJ';
const CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem';

/** Alexa's timestamps have whole seconds: 2025-01-31T09:15:02Z. */
function alexaTimestamp(msAgo = 0): string {
  return new Date(Date.now() - msAgo).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A LaunchRequest as an Echo device sends it ("Alexa, open hamstring coach"). */
function launchEnvelope(options: { msAgo?: number; attributes?: Record<string, unknown> } = {}): RequestEnvelope {
  return {
    version: '1.0',
    session: {
      new: true,
      sessionId: `amzn1.echo-api.session.${randomUUID()}`,
      application: { applicationId: APP_ID },
      user: { userId: USER_ID },
      attributes: options.attributes ?? {},
    },
    context: {
      System: {
        application: { applicationId: APP_ID },
        user: { userId: USER_ID },
        device: {
          deviceId: DEVICE_ID,
          supportedInterfaces: {},
        },
        apiEndpoint: 'https://api.amazonalexa.com',
        apiAccessToken: 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2FwaS5hbWF6b25hbGV4YS5jb20ifQ.c2lnbmF0dXJl',
      },
    },
    request: {
      type: 'LaunchRequest',
      requestId: `amzn1.echo-api.request.${randomUUID()}`,
      timestamp: alexaTimestamp(options.msAgo),
      locale: 'en-US',
    },
  } as RequestEnvelope;
}

/** A storage adapter that keeps data in a Map and counts every call. */
function spyAdapter() {
  const users = new Map<string, Record<string, unknown>>();
  const key = (envelope: RequestEnvelope) => envelope.context.System.user.userId;
  const adapter = {
    getAttributes: jest.fn(async (envelope: RequestEnvelope) => ({ ...(users.get(key(envelope)) ?? {}) })),
    saveAttributes: jest.fn(async (envelope: RequestEnvelope, attributes: Record<string, unknown>) => {
      users.set(key(envelope), { ...attributes });
    }),
    deleteAttributes: jest.fn(async (envelope: RequestEnvelope) => {
      users.delete(key(envelope));
    }),
  };
  return { adapter: adapter satisfies PersistenceAdapter, users };
}

/** The real skill over a spy adapter, behind a spy `invoke`. */
function spySkill() {
  const storage = spyAdapter();
  const real = buildSkill({ persistence: storage.adapter, skillId: APP_ID });
  const skill = { invoke: jest.fn((envelope: RequestEnvelope, context?: unknown) => real.invoke(envelope, context)) };
  return { skill, storage, untouched: () => {
    expect(skill.invoke).not.toHaveBeenCalled();
    expect(storage.adapter.saveAttributes).not.toHaveBeenCalled();
    expect(storage.adapter.deleteAttributes).not.toHaveBeenCalled();
    expect(storage.users.size).toBe(0);
  } };
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  ms: number;
}

/** One request, by default on a fresh connection (no pooled sockets to blur shutdown checks). */
function send(
  port: number,
  options: {
    method?: string;
    path?: string;
    body?: string | Buffer;
    headers?: http.OutgoingHttpHeaders;
    chunked?: boolean;
    agent?: http.Agent;
  } = {},
): Promise<Reply> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = { 'Content-Type': 'application/json; charset=utf-8', ...options.headers };
    if (options.body !== undefined && !options.chunked) headers['Content-Length'] = Buffer.byteLength(options.body);
    let answered = false;
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'POST', path: options.path ?? '/', headers, agent: options.agent ?? false },
      (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }),
        );
        res.on('error', reject);
      },
    );
    // A server that refuses a large body closes the connection while it is still being
    // sent; the write then fails, after the answer has arrived.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    req.setTimeout(8000, () => req.destroy(new Error('no answer within 8 s')));
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

function postEnvelope(port: number, envelope: unknown, headers: http.OutgoingHttpHeaders = {}): Promise<Reply> {
  return send(port, { body: JSON.stringify(envelope), headers });
}

async function listen(options: SkillServerOptions): Promise<{ server: http.Server; port: number }> {
  const server = createSkillServer(options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as net.AddressInfo).port };
}

function connectRefused(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.on('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
}

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

// Every log line the endpoint writes, to check outcomes and that no IDs leak.
const logLines: Array<Record<string, unknown>> = [];
let previousSink: LogSink;
beforeAll(() => {
  previousSink = setLogSink((line) => logLines.push(JSON.parse(line)));
});
afterAll(() => {
  setLogSink(previousSink);
  const all = JSON.stringify(logLines);
  expect(all).not.toContain('amzn1.');
  expect(all).not.toContain(USER_ID);
  for (const line of logLines.filter((l) => l.event === 'http.request')) {
    expect(Object.keys(line).sort()).toEqual(expect.arrayContaining(['event', 'level', 'outcome']));
    expect(Object.keys(line).every((k) => ['event', 'level', 'outcome', 'requestType'].includes(k))).toBe(true);
  }
});
const lastOutcome = () => [...logLines].reverse().find((l) => l.event === 'http.request')?.outcome;

function expectSpeech(envelope: ResponseEnvelope): void {
  expect(envelope.version).toBe('1.0');
  const speech = envelope.response.outputSpeech;
  expect(speech).toBeDefined();
  const text = speech!.type === 'SSML' ? speech!.ssml : speech!.text;
  expect(typeof text).toBe('string');
  expect((text ?? '').replace(/<[^>]*>/g, '').trim().length).toBeGreaterThan(0);
}

// ---------------------------------------------------------------------------------------

describe('signature check off (ALLOW_UNSIGNED)', () => {
  const spy = spySkill();
  let server: http.Server;
  let port: number;
  beforeAll(async () => ({ server, port } = await listen({ skill: spy.skill, verifySignature: false })));
  afterAll(() => closeGracefully(server, 1000));
  // Each test starts from empty storage, so "nothing stored" means this test stored nothing.
  beforeEach(() => {
    jest.clearAllMocks();
    spy.storage.users.clear();
  });

  test('a LaunchRequest gets 200 and an Alexa response envelope with speech', async () => {
    const reply = await postEnvelope(port, launchEnvelope());
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
    expectSpeech(JSON.parse(reply.text));
    expect(spy.skill.invoke).toHaveBeenCalledTimes(1);
    expect(lastOutcome()).toBe('ok');
    expect(logLines.at(-1)).toMatchObject({ requestType: 'LaunchRequest' });
  });

  test('GET / is 405 (Allow: POST); other paths are 404', async () => {
    const get = await send(port, { method: 'GET' });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    expect((await send(port, { method: 'GET', path: '/favicon.ico' })).status).toBe(404);
    expect((await send(port, { path: '/skill', body: JSON.stringify(launchEnvelope()) })).status).toBe(404);
    spy.untouched();
  });

  test('invalid JSON is 400; JSON that is not an Alexa request is 400', async () => {
    const bad = await send(port, { body: '{"version":"1.0","request":' });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^text\/plain/);
    expect(lastOutcome()).toBe('invalid-json');
    for (const body of ['[]', '"hello"', 'null', '{"version":"1.0"}', '{"request":{"type":"LaunchRequest"}}']) {
      expect((await send(port, { body })).status).toBe(400);
    }
    spy.untouched();
  });

  test('a 1 MiB body is 413, declared or chunked', async () => {
    const big = JSON.stringify(launchEnvelope({ attributes: { pad: 'x'.repeat(1024 * 1024) } }));
    const declared = await send(port, { body: big });
    expect(declared.status).toBe(413);
    const chunked = await send(port, { body: big, chunked: true });
    expect(chunked.status).toBe(413);
    expect(lastOutcome()).toBe('too-large');
    spy.untouched();
  });

  test('a skill that throws gives 500 with no details', async () => {
    const failing = await listen({
      skill: { invoke: async () => { throw new Error(`storage failed for ${USER_ID}`); } },
      verifySignature: false,
    });
    try {
      const reply = await postEnvelope(failing.port, launchEnvelope());
      expect(reply.status).toBe(500);
      expect(reply.text).not.toMatch(/storage|amzn1|Error/);
      expect(lastOutcome()).toBe('skill-error');
    } finally {
      await closeGracefully(failing.server, 1000);
    }
  });
});

describe('signature check on', () => {
  const spy = spySkill();
  /** The real verifier, watched to see why it refused. */
  const real = new SkillRequestSignatureVerifier();
  const reasons: string[] = [];
  const watched: Verifier = {
    verify: async (body, headers) => {
      try {
        await real.verify(body, headers ?? {});
      } catch (error) {
        reasons.push((error as Error).message);
        throw error;
      }
    },
  };
  let server: http.Server;
  let port: number;
  beforeAll(async () => ({ server, port } = await listen({ skill: spy.skill, verifySignature: true, signatureVerifier: watched })));
  afterAll(() => closeGracefully(server, 1000));
  beforeEach(() => {
    jest.clearAllMocks();
    reasons.length = 0;
  });
  afterEach(() => spy.untouched());

  const garbage = Buffer.from('not a signature over this body').toString('base64');

  test('an unsigned request is refused', async () => {
    const reply = await postEnvelope(port, launchEnvelope());
    expect(reply.status).toBe(400);
    expect(reply.text).toBe('Request verification failed.');
    expect(reasons[0]).toMatch(/Missing Certificate/);
    expect(lastOutcome()).toBe('refused-signature');
  });

  test('a wrong signature with a valid-looking certificate URL is refused within seconds', async () => {
    const reply = await postEnvelope(port, launchEnvelope(), {
      SignatureCertChainUrl: CERT_URL,
      Signature: garbage,
      'Signature-256': garbage,
    });
    expect(reply.status).toBe(400);
    expect(reply.ms).toBeLessThan(5000);
    // Offline the certificate download fails; online the signature does not match.
    expect(reasons[0]).toMatch(/certificate|ENOTFOUND|EAI_AGAIN|timed out|signature|Signing/i);
  });

  test('a timestamp 200 s old is refused before any signature work', async () => {
    const reply = await postEnvelope(port, launchEnvelope({ msAgo: 200_000 }), {
      SignatureCertChainUrl: CERT_URL,
      'Signature-256': garbage,
    });
    expect(reply.status).toBe(400);
    expect(lastOutcome()).toBe('refused-timestamp');
    expect(reasons).toEqual([]);
  });

  test.each([
    ['http://', 'http://s3.amazonaws.com/echo.api/echo-api-cert-12.pem', /protocol/],
    ['a wrong host', 'https://s3.amazonaws.evil.example/echo.api/echo-api-cert-12.pem', /host name/],
    ['a wrong path', 'https://s3.amazonaws.com/not-echo.api/echo-api-cert-12.pem', /path/],
    ['a path that only looks right', 'https://s3.amazonaws.com/EcHo.aPi/echo-api-cert-12.pem', /path/],
    ['a wrong port', 'https://s3.amazonaws.com:563/echo.api/echo-api-cert-12.pem', /port/],
  ])('a certificate URL with %s is refused', async (_label, url, reason) => {
    const reply = await postEnvelope(port, launchEnvelope(), { SignatureCertChainUrl: url, 'Signature-256': garbage });
    expect(reply.status).toBe(400);
    expect(reasons[0]).toMatch(reason);
  });

  test('a 1 MiB body is 413', async () => {
    const big = Buffer.alloc(1024 * 1024, 0x20);
    const reply = await send(port, { body: big, headers: { SignatureCertChainUrl: CERT_URL, 'Signature-256': garbage } });
    expect(reply.status).toBe(413);
    expect(reasons).toEqual([]);
  });

  test('the default verifier (not injected) refuses unsigned and wrongly signed requests', async () => {
    const plain = await listen({ skill: spy.skill, verifySignature: true });
    try {
      expect((await postEnvelope(plain.port, launchEnvelope())).status).toBe(400);
      const wrong = await postEnvelope(plain.port, launchEnvelope(), { SignatureCertChainUrl: CERT_URL, 'Signature-256': garbage });
      expect(wrong.status).toBe(400);
      expect(wrong.ms).toBeLessThan(5000);
    } finally {
      await closeGracefully(plain.server, 1000);
    }
  });

  test('a certificate download that hangs is cut off and refused', async () => {
    const hanging = await listen({
      skill: spy.skill,
      verifySignature: true,
      signatureVerifier: { verify: () => new Promise<void>(() => undefined) },
      verifyTimeoutMs: 300,
    });
    try {
      const reply = await postEnvelope(hanging.port, launchEnvelope());
      expect(reply.status).toBe(400);
      expect(reply.ms).toBeGreaterThanOrEqual(250);
      expect(reply.ms).toBeLessThan(2000);
    } finally {
      await closeGracefully(hanging.server, 1000);
    }
  });
});

describe('signed requests (test key in place of Amazon\'s certificate)', () => {
  // No network and no Amazon key here: the verifier's certificate cache is seeded with a
  // test public key under the real certificate URL, so everything after the download
  // (signature over the exact raw bytes) runs for real.
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  class TestKeyVerifier extends SkillRequestSignatureVerifier {
    constructor() {
      super();
      this.certCache.set(CERT_URL, publicKey.export({ type: 'spki', format: 'pem' }).toString());
    }
  }
  const signed = (body: string) => ({
    SignatureCertChainUrl: CERT_URL,
    'Signature-256': sign('sha256', Buffer.from(body, 'utf8'), privateKey).toString('base64'),
  });
  const spy = spySkill();
  let server: http.Server;
  let port: number;
  beforeAll(async () => ({ server, port } = await listen({ skill: spy.skill, verifySignature: true, signatureVerifier: new TestKeyVerifier() })));
  afterAll(() => closeGracefully(server, 1000));
  // Each test starts from empty storage, so "nothing stored" means this test stored nothing.
  beforeEach(() => {
    jest.clearAllMocks();
    spy.storage.users.clear();
  });

  test('a correctly signed, fresh request reaches the skill (raw bytes, non-ASCII included)', async () => {
    const body = JSON.stringify(launchEnvelope({ attributes: { note: 'Kniebeuge – ça va' } }), null, 1);
    const reply = await send(port, { body, headers: signed(body) });
    expect(reply.status).toBe(200);
    expectSpeech(JSON.parse(reply.text));
    expect(spy.skill.invoke).toHaveBeenCalledTimes(1);
  });

  test('one changed byte, a stale timestamp, or an unknown certificate URL are refused', async () => {
    const body = JSON.stringify(launchEnvelope());
    const tampered = body.replace('"new":true', '"new":false');
    expect((await send(port, { body: tampered, headers: signed(body) })).status).toBe(400);
    expect(lastOutcome()).toBe('refused-signature');

    const staleBody = JSON.stringify(launchEnvelope({ msAgo: 200_000 }));
    expect((await send(port, { body: staleBody, headers: signed(staleBody) })).status).toBe(400);
    expect(lastOutcome()).toBe('refused-timestamp');

    const other = { ...signed(body), SignatureCertChainUrl: CERT_URL.replace('cert-12', 'cert-13') };
    expect((await send(port, { body, headers: other })).status).toBe(400);
    spy.untouched();
  });
});

describe('startServer and graceful shutdown', () => {
  test('without ALLOW_UNSIGNED the check is on and nothing is announced as unsafe', async () => {
    const notices: string[] = [];
    const running = await startServer({ PORT: '0', HOST: '127.0.0.1' }, { notify: (t) => notices.push(t) });
    try {
      expect(running.verifySignature).toBe(true);
      expect(notices.join('\n')).not.toMatch(/WARNING/);
      expect((await postEnvelope(running.port, launchEnvelope())).status).toBe(400);
    } finally {
      await running.close();
    }
  });

  test('an in-flight request still gets its 200; new connections are refused', async () => {
    const started = deferred();
    const release = deferred();
    const storage = spyAdapter();
    const real = buildSkill({ persistence: storage.adapter });
    const slow: InvocableSkill = {
      invoke: async (envelope, context) => {
        started.resolve();
        await release.promise;
        return real.invoke(envelope, context);
      },
    };
    const notices: string[] = [];
    const running = await startServer(
      { PORT: '0', HOST: '127.0.0.1', ALLOW_UNSIGNED: '1' },
      { skill: slow, notify: (t) => notices.push(t) },
    );
    expect(running.verifySignature).toBe(false);
    expect(notices.join('\n')).toMatch(/WARNING: ALLOW_UNSIGNED=1/);

    // Keep-alive clients, as Alexa's are: an idle connection must not hold the shutdown
    // up, and the in-flight one must be closed once answered.
    const idleAgent = new http.Agent({ keepAlive: true });
    const busyAgent = new http.Agent({ keepAlive: true });
    expect((await send(running.port, { method: 'GET', agent: idleAgent })).headers.connection).toBe('keep-alive');

    const inFlight = send(running.port, { body: JSON.stringify(launchEnvelope()), agent: busyAgent });
    await started.promise;
    const closeStarted = performance.now();
    const closed = running.close();

    expect(await connectRefused(running.port)).toBe('ECONNREFUSED');
    release.resolve();
    const reply = await inFlight;
    expect(reply.status).toBe(200);
    expect(reply.headers.connection).toBe('close');
    expectSpeech(JSON.parse(reply.text));
    expect(await closed).toEqual({ forced: false });
    expect(performance.now() - closeStarted).toBeLessThan(2000);
    expect(running.server.listening).toBe(false);
    idleAgent.destroy();
    busyAgent.destroy();
  });

  test('a request that outlives the shutdown timeout is cut off', async () => {
    const never: InvocableSkill = { invoke: () => new Promise(() => undefined) };
    const running = await startServer(
      { PORT: '0', HOST: '127.0.0.1', ALLOW_UNSIGNED: '1' },
      { skill: never, notify: () => undefined, shutdownTimeoutMs: 200 },
    );
    const stuck = postEnvelope(running.port, launchEnvelope()).then(
      () => 'answered',
      () => 'cut off',
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(await running.close()).toEqual({ forced: true });
    expect(await stuck).toBe('cut off');
  });

  test('`npm run serve` (tsx lambda/web/serve.ts) serves, and exits 0 on SIGTERM', async () => {
    const root = path.resolve(__dirname, '..');
    const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'lambda/web/serve.ts'], {
      cwd: root,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ALLOW_UNSIGNED: '1', TABLE_NAME: '', SKILL_ID: APP_ID },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const port = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`not listening: ${stderr}`)), 10_000);
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          const match = /listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(stderr);
          if (match) {
            clearTimeout(timer);
            resolve(Number(match[1]));
          }
        });
      });
      expect(stderr).toMatch(/WARNING: ALLOW_UNSIGNED=1/);
      const reply = await postEnvelope(port, launchEnvelope());
      expect(reply.status).toBe(200);
      expectSpeech(JSON.parse(reply.text));
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
