import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { log } from '../support/log';
import { describeError, errorName, PersistenceError, PersistenceOperation } from './errors';
import { isPlainObject } from '../support/plain-object';
import { userIdOf } from './user-key';

type Attributes = { [key: string]: any };

export interface DynamoDbPersistenceAdapterOptions {
  /** The table; its partition key is `id` (string). The Lambda handler passes process.env.TABLE_NAME. */
  tableName: string;
  /**
   * Budget for one call (get, save or delete), retries included, in milliseconds.
   * When it runs out the call is aborted and rejects with PersistenceError
   * (reason 'timeout'). Default 1500.
   */
  timeoutMs?: number;
  /** Attempts per call, the first included. Default 2, so a retry still fits the budget. */
  maxAttempts?: number;
  /**
   * Extra DynamoDB client settings (tests: endpoint, region, credentials). Normally
   * empty: endpoint, region and credentials come from the SDK's standard
   * environment variables (AWS_ENDPOINT_URL_DYNAMODB, AWS_REGION, AWS_ACCESS_KEY_ID...).
   */
  clientConfig?: DynamoDBClientConfig;
}

const DEFAULT_TIMEOUT_MS = 1500;
const DEFAULT_MAX_ATTEMPTS = 2;

/**
 * User data in DynamoDB, one item per user:
 * `{ id: <Alexa user ID>, attributes: <map>, updatedAt: <ISO 8601 string> }`.
 *
 * Built on AWS SDK v3 (the DynamoDB document client), not on
 * ask-sdk-dynamodb-persistence-adapter, which needs the end-of-life SDK v2.
 *
 * Cold start: the SDK is require()d and the client built on the first call, not
 * when this module is imported or the adapter constructed. esbuild bundles a
 * require() inside a function as a lazily evaluated module, so a handler that
 * never touches DynamoDB never evaluates the SDK.
 *
 * Time: every call has one budget (timeoutMs). An AbortController cancels the HTTP
 * request when it runs out, and the call rejects at that moment even if the SDK is
 * still busy elsewhere (resolving credentials, sleeping before a retry). Each attempt
 * also gets its own share of the budget (requestHandler connectionTimeout and
 * requestTimeout), so a stuck first connection leaves time for one retry.
 *
 * Errors: PersistenceError or MissingUserIdError; their messages never hold the
 * user ID.
 */
export class DynamoDbPersistenceAdapter implements PersistenceAdapter {
  readonly tableName: string;
  readonly timeoutMs: number;
  readonly maxAttempts: number;
  private readonly clientConfig: DynamoDBClientConfig;
  private documentClient: DynamoDBDocumentClient | undefined;

  constructor(options: DynamoDbPersistenceAdapterOptions) {
    if (typeof options?.tableName !== 'string' || options.tableName.trim() === '') {
      throw new TypeError('DynamoDbPersistenceAdapter needs a tableName.');
    }
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
      throw new RangeError('DynamoDbPersistenceAdapter timeoutMs must be a positive number of milliseconds.');
    }
    const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
      throw new RangeError('DynamoDbPersistenceAdapter maxAttempts must be a whole number, 1 or more.');
    }
    this.tableName = options.tableName.trim();
    this.timeoutMs = timeoutMs;
    this.maxAttempts = maxAttempts;
    this.clientConfig = options.clientConfig ?? {};
  }

  async getAttributes(requestEnvelope: RequestEnvelope): Promise<Attributes> {
    const id = userIdOf(requestEnvelope);
    const output = await this.send('getAttributes', (client, sdk, abortSignal) =>
      client.send(new sdk.GetCommand({ TableName: this.tableName, Key: { id }, ConsistentRead: true }), { abortSignal }));
    const attributes: unknown = output.Item?.attributes;
    return isPlainObject(attributes) ? attributes : {};
  }

  /**
   * Replaces the user's item, unless a newer one is already stored. A write that
   * timed out here can still land at DynamoDB later, after the next turn's write;
   * the condition on `updatedAt` (ISO 8601, so text order is time order) keeps
   * that late, older write from overwriting the newer one. When the condition
   * fails the newer item is the right one to keep, so that is not an error.
   * (Turns are seconds apart; the clocks of the hosts that write are far closer.)
   */
  async saveAttributes(requestEnvelope: RequestEnvelope, attributes: Attributes): Promise<void> {
    const id = userIdOf(requestEnvelope);
    const updatedAt = new Date().toISOString();
    const item = { id, attributes: attributes ?? {}, updatedAt };
    await this.send('saveAttributes', (client, sdk, abortSignal) =>
      client
        .send(
          new sdk.PutCommand({
            TableName: this.tableName,
            Item: item,
            ConditionExpression: 'attribute_not_exists(updatedAt) OR updatedAt <= :updatedAt',
            ExpressionAttributeValues: { ':updatedAt': updatedAt },
          }),
          { abortSignal },
        )
        .then(
          () => undefined,
          (error: unknown) => {
            if (errorName(error) !== 'ConditionalCheckFailedException') throw error;
          },
        ));
  }

  async deleteAttributes(requestEnvelope: RequestEnvelope): Promise<void> {
    const id = userIdOf(requestEnvelope);
    await this.send('deleteAttributes', (client, sdk, abortSignal) =>
      client.send(new sdk.DeleteCommand({ TableName: this.tableName, Key: { id } }), { abortSignal }));
  }

  /** Closes the client's sockets (tests, or a process that is about to exit). The next call opens a new client. */
  close(): void {
    this.documentClient?.destroy();
    this.documentClient = undefined;
  }

  private client(): DynamoDBDocumentClient {
    if (this.documentClient) return this.documentClient;
    const { DynamoDBClient } = require('@aws-sdk/client-dynamodb') as typeof import('@aws-sdk/client-dynamodb');
    const { DynamoDBDocumentClient: DocumentClient } = loadDocumentSdk();
    const attemptMs = Math.max(1, Math.floor(this.timeoutMs / this.maxAttempts));
    const base = new DynamoDBClient({
      maxAttempts: this.maxAttempts,
      requestHandler: { connectionTimeout: attemptMs, requestTimeout: attemptMs, throwOnRequestTimeout: true },
      ...this.clientConfig,
    });
    this.documentClient = DocumentClient.from(base, {
      // An attribute set to undefined is dropped (as JSON.stringify would) instead of failing the save.
      marshallOptions: { removeUndefinedValues: true },
    });
    return this.documentClient;
  }

  /** Runs one SDK call within the time budget and turns every failure into a PersistenceError. */
  private async send<T>(
    operation: PersistenceOperation,
    call: (client: DynamoDBDocumentClient, sdk: DocumentSdk, abortSignal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const started = Date.now();
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new PersistenceError(operation, 'timeout', `no answer from DynamoDB within ${this.timeoutMs} ms`));
      }, this.timeoutMs);
    });
    try {
      // Loading the SDK and building the client happen inside the budget and the error handling too.
      const attempt = Promise.resolve().then(() => call(this.client(), loadDocumentSdk(), controller.signal));
      return await Promise.race([attempt, deadline]);
    } catch (error) {
      const failure = error instanceof PersistenceError
        ? error
        : new PersistenceError(operation, isTimeout(error) ? 'timeout' : 'failed', describeError(error), error);
      log('warn', 'persistence.dynamodb_failed', {
        phase: operation,
        outcome: failure.reason,
        errorName: errorName(error),
        durationMs: Date.now() - started,
      });
      throw failure;
    } finally {
      clearTimeout(timer);
    }
  }
}

type DocumentSdk = typeof import('@aws-sdk/lib-dynamodb');

/** The document client module, loaded on first use (see the class comment). */
function loadDocumentSdk(): DocumentSdk {
  return require('@aws-sdk/lib-dynamodb') as DocumentSdk;
}

/** The SDK's own per-attempt timeouts (TimeoutError) count as timeouts too, not only the overall budget. */
function isTimeout(error: unknown): boolean {
  const name = errorName(error);
  return name === 'TimeoutError' || name === 'AbortError';
}
