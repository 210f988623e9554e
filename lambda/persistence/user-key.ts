import type { RequestEnvelope } from 'ask-sdk-model';
import { MissingUserIdError } from './errors';

/**
 * The key user data is stored under: the Alexa user ID, from `context.System.user`
 * (present on every request type) or else from `session.user`. Throws
 * MissingUserIdError when neither holds a non-empty string; adapters call it inside
 * their async methods, so callers see a rejected promise.
 */
export function userIdOf(requestEnvelope: RequestEnvelope): string {
  const candidates: unknown[] = [
    requestEnvelope?.context?.System?.user?.userId,
    requestEnvelope?.session?.user?.userId,
  ];
  for (const candidate of candidates) {
    if (typeof candidate === 'string' && candidate.length > 0) return candidate;
  }
  throw new MissingUserIdError();
}
