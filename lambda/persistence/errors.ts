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
