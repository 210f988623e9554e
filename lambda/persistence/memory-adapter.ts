import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { userIdOf } from './user-key';

type Attributes = { [key: string]: any };

/**
 * Keeps user data in memory, per process (the Lambda handler's choice when
 * TABLE_NAME is unset, and handy in tests). Stores and hands out deep copies
 * (structuredClone), so changing an object after saving it, or changing what
 * getAttributes returned, never changes what is stored.
 */
export class MemoryPersistenceAdapter implements PersistenceAdapter {
  private readonly users = new Map<string, Attributes>();

  async getAttributes(requestEnvelope: RequestEnvelope): Promise<Attributes> {
    const stored = this.users.get(userIdOf(requestEnvelope));
    return stored === undefined ? {} : structuredClone(stored);
  }

  async saveAttributes(requestEnvelope: RequestEnvelope, attributes: Attributes): Promise<void> {
    const id = userIdOf(requestEnvelope);
    this.users.set(id, structuredClone(attributes ?? {}));
  }

  async deleteAttributes(requestEnvelope: RequestEnvelope): Promise<void> {
    this.users.delete(userIdOf(requestEnvelope));
  }

  /** How many users have data stored (for tests and diagnostics; no IDs are exposed). */
  get size(): number {
    return this.users.size;
  }
}
