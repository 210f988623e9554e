/**
 * An HTTP proxy on 127.0.0.1 in front of a DynamoDB-compatible server (dynalite) that
 * counts every call, for the persistence tests and `npm run bench`.
 *
 * It records each call's operation (from X-Amz-Target: DynamoDB_20120810.GetItem ->
 * 'GetItem') and the user it is about (the `id` of its Key or Item), and counts answers
 * the table refused, by error type. GET /__counts answers { ops, errors } as JSON, for a
 * process that counts from outside (the bench's runners). On demand it misbehaves: slow
 * (a request is held `slowMs` before being forwarded), dead (the port refuses
 * connections) or lossy (PutItem dropped before it reaches the table, or its answer lost
 * after it did).
 */
import * as http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** The operation from X-Amz-Target ('GetItem', 'PutItem'...). */
export type Op = string;

export interface Call {
  op: Op;
  id: string | undefined;
}

/** What GET /__counts answers: calls by operation, and refused calls that were not expected. */
export interface ProxyCounts {
  ops: Record<Op, number>;
  errors: number;
}

export const COUNTS_PATH = '/__counts';

export interface CountingProxyOptions {
  /** How long a slow request is held. Default 5 s. */
  slowMs?: number;
  /** Error types a correct skill may cause on purpose (optimistic locking); they do not count in `errors`. */
  expectedErrors?: readonly string[];
}

export class CountingProxy {
  readonly calls: Call[] = [];
  /** Refused calls by error type (expected ones included). */
  readonly errorTypes: Record<string, number> = {};
  /** Refused calls of a type not in `expectedErrors`, and calls that never reached the table. */
  errors = 0;
  /** Requests for which this returns true are held `slowMs` before being forwarded. */
  slow: ((op: Op) => boolean) | undefined;
  /** 'drop': PutItem never reaches the table; 'loseAnswer': it does, but its answer is lost. */
  putFault: 'none' | 'drop' | 'loseAnswer' = 'none';
  port = 0;
  private readonly server: http.Server;
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly slowMs: number;
  private readonly expectedErrors: ReadonlySet<string>;
  private dead = false;

  constructor(
    private readonly upstream: URL,
    options: CountingProxyOptions = {},
  ) {
    this.slowMs = options.slowMs ?? 5000;
    this.expectedErrors = new Set(options.expectedErrors ?? []);
    this.server = http.createServer((req, res) => this.handle(req, res));
    this.server.keepAliveTimeout = 1000;
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    await this.listen(0);
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** Calls by operation, all users together. */
  ops(): Record<Op, number> {
    const ops: Record<Op, number> = {};
    for (const { op } of this.calls) ops[op] = (ops[op] ?? 0) + 1;
    return ops;
  }

  /** The DynamoDB calls made for one user since `mark` (an index into `calls`), by operation. */
  count(userId: string, mark = 0): Record<'GetItem' | 'PutItem' | 'UpdateItem' | 'DeleteItem' | 'other', number> {
    const counts = { GetItem: 0, PutItem: 0, UpdateItem: 0, DeleteItem: 0, other: 0 };
    for (const call of this.calls.slice(mark)) {
      if (call.id !== userId) continue;
      if (call.op in counts) counts[call.op as keyof typeof counts] += 1;
      else counts.other += 1;
    }
    return counts;
  }

  /** The table goes away: the port refuses connections, open connections are cut. */
  async die(): Promise<void> {
    if (this.dead) return;
    this.dead = true;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  async revive(): Promise<void> {
    if (!this.dead) return;
    await this.listen(this.port);
    this.dead = false;
  }

  reset(): void {
    this.slow = undefined;
    this.putFault = 'none';
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    if (!this.dead) await this.die();
  }

  private listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (req.method === 'GET' && req.url === COUNTS_PATH) {
      const counts: ProxyCounts = { ops: this.ops(), errors: this.errors };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(counts));
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const op = String(req.headers['x-amz-target'] ?? '').split('.').pop() || '(no target)';
      let id: string | undefined;
      try {
        const parsed = JSON.parse(body.toString('utf8')) as { Key?: { id?: { S?: string } }; Item?: { id?: { S?: string } } };
        id = parsed.Key?.id?.S ?? parsed.Item?.id?.S;
      } catch {
        id = undefined;
      }
      this.calls.push({ op, id });
      if (op === 'PutItem' && this.putFault === 'drop') {
        req.socket.destroy();
        return;
      }
      if (this.slow?.(op)) {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          // Only if the client is still waiting: an aborted request never reaches the table.
          if (!req.socket.destroyed) this.forward(req, body, res, op);
        }, this.slowMs);
        this.timers.add(timer);
        return;
      }
      this.forward(req, body, res, op);
    });
  }

  private forward(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse, op: Op): void {
    const upstream = http.request(
      { host: this.upstream.hostname, port: Number(this.upstream.port), method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        if (op === 'PutItem' && this.putFault === 'loseAnswer') {
          answer.resume();
          answer.on('end', () => req.socket.destroy());
          return;
        }
        const status = answer.statusCode ?? 502;
        res.writeHead(status, answer.headers);
        if (status >= 400) this.noteRefusal(answer, status);
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      this.noteError(error.message, false);
      res.destroy();
    });
    upstream.end(body);
  }

  private noteRefusal(answer: http.IncomingMessage, status: number): void {
    let text = '';
    answer.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
    });
    answer.on('end', () => {
      const type = /"__type"\s*:\s*"[^"#]*#?([^"]*)"/.exec(text)?.[1] || `HTTP ${status}`;
      this.noteError(type, this.expectedErrors.has(type));
    });
  }

  private noteError(type: string, expected: boolean): void {
    this.errorTypes[type] = (this.errorTypes[type] ?? 0) + 1;
    if (!expected) this.errors += 1;
  }
}
