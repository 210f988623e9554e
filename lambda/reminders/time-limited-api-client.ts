/**
 * An ask-sdk ApiClient that gives up on a call after a time budget.
 *
 * ask-sdk-core's DefaultApiClient has no time-out: a call to an Alexa API that never
 * answers would hold the turn until Alexa itself gives up at 8 s and the user hears a
 * generic failure. This wraps any ApiClient (DefaultApiClient by default) and rejects
 * with an ApiTimeoutError once the budget is spent, so the skill can say something kind.
 *
 * Aborting, not just abandoning: DefaultApiClient returns no handle on its request. Node
 * announces every outgoing HTTP request on the `http.client.request.start` diagnostics
 * channel; the call runs inside an AsyncLocalStorage context, so the announcement can be
 * matched to the call that made it, and when the budget runs out that request is
 * destroyed (its socket closed). A client that makes no Node HTTP request is simply
 * abandoned: its promise is ignored from then on.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ClientRequest } from 'node:http';
import { DefaultApiClient } from 'ask-sdk-core';
import type { services } from 'ask-sdk-model';

export const DEFAULT_CALL_BUDGET_MS = 2000;

/** Thrown (as a rejection) when a call did not finish within its budget. */
export class ApiTimeoutError extends Error {
  readonly budgetMs: number;
  constructor(budgetMs: number) {
    super(`The Alexa API call was abandoned after ${budgetMs} ms.`);
    this.name = 'ApiTimeoutError';
    this.budgetMs = budgetMs;
  }
}

export function isApiTimeoutError(error: unknown): error is ApiTimeoutError {
  return error instanceof ApiTimeoutError || (error instanceof Error && error.name === 'ApiTimeoutError');
}

export interface TimeLimitedApiClientOptions {
  /** The client that makes the call. Default: ask-sdk-core's DefaultApiClient. */
  inner?: services.ApiClient;
  /** Longest a single call may take. Default 2 s. */
  budgetMs?: number;
  /** When set (ms since the epoch), no call runs past it: the turn's own deadline. */
  deadline?: number;
  /** The clock. For tests. */
  now?: () => number;
}

interface CallContext {
  requests: ClientRequest[];
  abandoned: boolean;
}

const calls = new AsyncLocalStorage<CallContext>();
let listening = false;

function listenForRequests(): void {
  if (listening) return;
  listening = true;
  // Required here, on the first API call: loading it at module load would cost every cold start.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const diagnosticsChannel = require('node:diagnostics_channel') as typeof import('node:diagnostics_channel');
  diagnosticsChannel.subscribe('http.client.request.start', (message) => {
    const call = calls.getStore();
    if (!call) return;
    const request = (message as { request?: ClientRequest }).request;
    if (!request) return;
    // The budget may have run out before the request got this far.
    if (call.abandoned) request.destroy();
    else call.requests.push(request);
  });
}

export class TimeLimitedApiClient implements services.ApiClient {
  private readonly inner: services.ApiClient;
  private readonly budgetMs: number;
  private readonly deadline: number | undefined;
  private readonly now: () => number;

  constructor(options: TimeLimitedApiClientOptions = {}) {
    this.inner = options.inner ?? new DefaultApiClient();
    this.budgetMs = options.budgetMs ?? DEFAULT_CALL_BUDGET_MS;
    this.deadline = options.deadline;
    this.now = options.now ?? Date.now;
    listenForRequests();
  }

  /** What this call may take: the per-call budget, cut short by the deadline. */
  budgetForNextCall(): number {
    const left = this.deadline === undefined ? this.budgetMs : Math.min(this.budgetMs, this.deadline - this.now());
    return Math.max(0, Math.floor(left));
  }

  invoke(request: services.ApiClientRequest): Promise<services.ApiClientResponse> {
    const budgetMs = this.budgetForNextCall();
    if (budgetMs <= 0) return Promise.reject(new ApiTimeoutError(0));
    const call: CallContext = { requests: [], abandoned: false };
    const pending = calls.run(call, () => this.inner.invoke(request));
    return new Promise<services.ApiClientResponse>((resolve, reject) => {
      const timer = setTimeout(() => {
        call.abandoned = true;
        for (const req of call.requests) req.destroy();
        reject(new ApiTimeoutError(budgetMs));
      }, budgetMs);
      pending.then(
        (response) => {
          clearTimeout(timer);
          resolve(response);
        },
        (error: unknown) => {
          clearTimeout(timer);
          // After the time-out this is the aborted request's own error: already answered.
          reject(error);
        },
      );
    });
  }
}
