/**
 * Errors the persistence adapters reject with. Messages never contain a user ID,
 * so callers may log `error.message` as it is.
 */

/** The request envelope carries no user ID, so there is no key to load or save under. */
export class MissingUserIdError extends Error {
  constructor() {
    super('Request envelope has no user ID (context.System.user.userId or session.user.userId); user data cannot be loaded or saved.');
    this.name = 'MissingUserIdError';
  }
}

export type PersistenceOperation = 'getAttributes' | 'saveAttributes' | 'deleteAttributes';

/**
 * A store did not answer in time or answered with an error. `reason` tells the two
 * apart; `cause` keeps the underlying error for debugging (it is the SDK's or the
 * file system's error and is not rewritten).
 */
export class PersistenceError extends Error {
  readonly operation: PersistenceOperation;
  readonly reason: 'timeout' | 'failed';

  constructor(operation: PersistenceOperation, reason: 'timeout' | 'failed', detail: string, cause?: unknown) {
    super(`${operation} ${reason === 'timeout' ? 'timed out' : 'failed'}: ${detail}`, cause === undefined ? undefined : { cause });
    this.name = 'PersistenceError';
    this.operation = operation;
    this.reason = reason;
  }
}

export function errorName(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name !== '' ? name : typeof error;
}

/**
 * A short, safe description for an error message: the error's name and, for
 * system errors, the errno-style code (ENOENT, ECONNREFUSED...). The original
 * message is left out on purpose: a file system message quotes the path (which
 * may hold the user's home folder name) and a service may echo a key back. Only
 * an errno-style code is picked out of it, for errors that carry no `code` of
 * their own (the AWS SDK wraps errors from another realm, as under jest, in
 * "AWS SDK error wrapper for Error: connect ECONNREFUSED ...").
 */
export function describeError(error: unknown): string {
  const name = errorName(error);
  const own = (error as { code?: unknown } | null)?.code;
  const message = (error as { message?: unknown } | null)?.message;
  const code = typeof own === 'string' ? own : typeof message === 'string' ? /\bE[A-Z]{3,}\b/.exec(message)?.[0] : undefined;
  return code && code !== name ? `${name} (${code})` : name;
}
