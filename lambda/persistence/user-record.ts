/**
 * The shape stored per user, versioned so records written by older versions
 * of the skill still load. Version 1 is the first stored shape; a record with
 * no version, or with fields missing, loads with defaults for what it lacks.
 */
import type { MachineState, UserProfile } from '../state/types';
import { readUserProfile } from '../state/validate';
import { progressed } from '../state/cursor';

export const RECORD_VERSION = 1;

export type UserRecord = UserProfile & { version: typeof RECORD_VERSION };

/** Upgrades from each older version to the next; none yet past version 1. */
const MIGRATIONS: Readonly<Record<number, (record: Record<string, unknown>) => Record<string, unknown>>> = {};

export function profileFromRecord(raw: unknown): UserProfile {
  let record = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  let version = typeof record.version === 'number' ? record.version : RECORD_VERSION;
  while (version < RECORD_VERSION && MIGRATIONS[version]) {
    record = MIGRATIONS[version](record);
    version += 1;
  }
  return readUserProfile(record);
}

/**
 * What to store after a turn. A routine in progress, once at least one step
 * is done, is the user's unfinished routine, stamped with the time this session began (so picking a routine up
 * again renews its 24 hours, while turns within a session that change nothing
 * write nothing); otherwise the unfinished routine loaded at the start of the
 * session is kept as it was.
 */
export function recordFromState(state: MachineState, sessionStartedAt: number): UserRecord {
  const { user, conversation } = state;
  const record: UserRecord = { version: RECORD_VERSION, ...user };
  delete record.unfinished;
  if (conversation.routine && progressed(conversation.routine)) record.unfinished = { cursor: conversation.routine, savedAt: sessionStartedAt };
  else if (user.unfinished) record.unfinished = user.unfinished;
  return record;
}

/**
 * A short fingerprint of a record, kept in the session to tell whether a turn
 * changed anything worth writing.
 */
export function recordDigest(record: UserRecord): string {
  const text = canonicalJson(record);
  // FNV-1a, 32 bit, plus the length: a collision would only skip one write.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${hash.toString(36)}`;
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
