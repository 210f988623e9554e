/**
 * Loading and saving what is kept about a user, around every turn.
 *
 * - One read per session: the first request of a session reads the record;
 *   later turns use the copy carried in the session attributes.
 * - At most one write per request, and none when the turn changed nothing:
 *   a digest of the last stored record is kept in the session to compare.
 * - If storage fails on read, the user still gets their stretch from session
 *   data, and nothing is written for the rest of the session, so a stored
 *   record is never overwritten by defaults.
 */
import { HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import { initialState } from '../state/profile';
import { profileFromRecord, recordDigest, recordFromState } from '../persistence/user-record';
import { log } from '../support/log';
import { readTurnState, requestTime, turnBag } from './turn-state';
import { isConversationRequest } from './request-event';

export const LoadUserData: RequestInterceptor = {
  async process(input: HandlerInput): Promise<void> {
    if (!isConversationRequest(input.requestEnvelope)) return;
    const bag = turnBag(input);
    if (bag.store) return;
    let stored: unknown = {};
    let writable = true;
    const started = Date.now();
    try {
      stored = await input.attributesManager.getPersistentAttributes();
    } catch (error) {
      writable = false;
      logStorageError('user_data.not_loaded', error, Date.now() - started);
    }
    const user = profileFromRecord(stored);
    const sessionStartedAt = requestTime(input);
    bag.user = user;
    bag.store = { writable, sessionStartedAt, digest: recordDigest(recordFromState(initialState(user), sessionStartedAt)) };
  },
};

export const SaveUserData: ResponseInterceptor = {
  async process(input: HandlerInput): Promise<void> {
    if (!isConversationRequest(input.requestEnvelope)) return;
    const bag = turnBag(input);
    if (!bag.store?.writable) return;
    const started = Date.now();
    const record = recordFromState(readTurnState(input), sessionStartedAtOf(bag.store.sessionStartedAt, input));
    const digest = recordDigest(record);
    if (digest === bag.store.digest) return;
    try {
      input.attributesManager.setPersistentAttributes(record);
      await input.attributesManager.savePersistentAttributes();
      bag.store.digest = digest;
    } catch (error) {
      // The digest is left as it was, so the next turn tries the write again.
      logStorageError('user_data.not_saved', error, Date.now() - started);
    }
  },
};

/**
 * "Forget me", confirmed: deletes everything stored about the user, whether
 * or not this session could read it. Says whether it worked, so the user is
 * never told their data is gone when it is not. Nothing more is written this
 * session: after this there is no user to save.
 */
export async function deleteUserData(input: HandlerInput): Promise<boolean> {
  const bag = turnBag(input);
  const started = Date.now();
  try {
    await input.attributesManager.deletePersistentAttributes?.();
    bag.store = { writable: false };
    log('info', 'user_data.deleted', { durationMs: Date.now() - started });
    return true;
  } catch (error) {
    logStorageError('user_data.not_deleted', error, Date.now() - started);
    return false;
  }
}

/** When this session began, as recorded at load; the request's time if the session lost it. */
function sessionStartedAtOf(stored: unknown, input: HandlerInput): number {
  return typeof stored === 'number' && Number.isFinite(stored) ? stored : requestTime(input);
}

function logStorageError(event: string, error: unknown, durationMs: number): void {
  const err = error instanceof Error ? error : new Error(String(error));
  log('error', event, { errorName: err.name, errorMessage: err.message, durationMs });
}
