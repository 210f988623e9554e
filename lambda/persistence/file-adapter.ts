import { promises as fs } from 'node:fs';
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { log } from '../support/log';
import { describeError, PersistenceError, PersistenceOperation } from './errors';
import { isPlainObject } from '../support/plain-object';
import { userIdOf } from './user-key';

type Attributes = { [key: string]: any };

export interface FilePersistenceAdapterOptions {
  /** The JSON file holding every user's data. Created (with its folder) on the first save. */
  filePath: string;
}

/** The file's layout. `version` lets a later layout be told apart from this one. */
interface FileContents {
  version: 1;
  users: { [userId: string]: Attributes };
}

/** Operations per file, one after another, so two adapters in one process cannot interleave a read-modify-write. */
const queues = new Map<string, Promise<unknown>>();

/**
 * Keeps all users' data in one local JSON file, for the text console (`npm start`),
 * so a second run remembers the first. Every call reads the file afresh, so two
 * adapters on one file see each other's saves.
 *
 * Atomic writes: a save writes the whole file to a temporary file in the same
 * folder, flushes it to disk, then renames it over the real one. A rename within a
 * folder replaces the file in one step, so a crash at any moment leaves either the
 * old file or the new one, never a half-written one.
 *
 * Missing file: no data yet; getAttributes answers {}.
 *
 * Corrupt file (not JSON, or not this layout): reads treat it as empty and log one
 * warning per adapter, and never change the file. The next save moves the corrupt
 * file aside to `<file>.corrupt-<time>` and writes a fresh file holding only what
 * that save stores. Why: the console should keep working after, say, a hand edit
 * gone wrong, but the old content is the user's data, so it is kept where a person
 * can repair it instead of being overwritten; and a read, which the user did not ask
 * to change anything, changes nothing.
 *
 * Other read errors (no permission, a folder where the file should be) reject with
 * PersistenceError instead of being taken for "no data", since a save would then
 * overwrite data that may be fine.
 *
 * Not for several processes writing one file at once (the last save of the whole
 * file wins); the console is one process.
 */
export class FilePersistenceAdapter implements PersistenceAdapter {
  readonly filePath: string;
  private warnedCorrupt = false;

  constructor(options: FilePersistenceAdapterOptions) {
    if (typeof options?.filePath !== 'string' || options.filePath === '') {
      throw new TypeError('FilePersistenceAdapter needs a filePath.');
    }
    this.filePath = path.resolve(options.filePath);
  }

  async getAttributes(requestEnvelope: RequestEnvelope): Promise<Attributes> {
    const id = userIdOf(requestEnvelope);
    return this.serialized('getAttributes', async () => {
      const { users } = await this.read();
      const stored = users.get(id);
      return isPlainObject(stored) ? stored : {};
    });
  }

  async saveAttributes(requestEnvelope: RequestEnvelope, attributes: Attributes): Promise<void> {
    const id = userIdOf(requestEnvelope);
    // Copy now, so a caller changing the object while the write waits in the queue changes nothing.
    let copy: Attributes;
    try {
      copy = JSON.parse(JSON.stringify(attributes ?? {})) as Attributes;
    } catch (error) {
      throw new PersistenceError('saveAttributes', 'failed', `attributes are not JSON: ${describeError(error)}`, error);
    }
    await this.serialized('saveAttributes', async () => {
      const { users, corrupt } = await this.read();
      users.set(id, copy);
      await this.write(users, corrupt);
    });
  }

  async deleteAttributes(requestEnvelope: RequestEnvelope): Promise<void> {
    const id = userIdOf(requestEnvelope);
    await this.serialized('deleteAttributes', async () => {
      const { users, corrupt } = await this.read();
      // A corrupt file is left as it is: only a save replaces it (see the class comment).
      if (corrupt || !users.delete(id)) return;
      await this.write(users, false);
    });
  }

  private serialized<T>(operation: PersistenceOperation, task: () => Promise<T>): Promise<T> {
    const previous = queues.get(this.filePath) ?? Promise.resolve();
    const result = previous.then(task).catch((error: unknown) => {
      throw error instanceof PersistenceError
        ? error
        : new PersistenceError(operation, 'failed', describeError(error), error);
    });
    const settled = result.then(() => undefined, () => undefined);
    queues.set(this.filePath, settled);
    void settled.then(() => {
      if (queues.get(this.filePath) === settled) queues.delete(this.filePath);
    });
    return result;
  }

  /** The users in the file, as a Map (so no user ID can collide with an Object property such as __proto__). */
  private async read(): Promise<{ users: Map<string, Attributes>; corrupt: boolean }> {
    let text: string;
    try {
      text = await fs.readFile(this.filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return { users: new Map(), corrupt: false };
      }
      throw error;
    }
    const parsed = parseContents(text);
    if (parsed) return { users: new Map(Object.entries(parsed.users)), corrupt: false };
    if (!this.warnedCorrupt) {
      this.warnedCorrupt = true;
      log('warn', 'persistence.file_corrupt', { outcome: 'treated_as_empty' });
    }
    return { users: new Map(), corrupt: true };
  }

  private async write(users: Map<string, Attributes>, replacingCorrupt: boolean): Promise<void> {
    const contents: FileContents = { version: 1, users: Object.fromEntries(users) };
    const directory = path.dirname(this.filePath);
    await fs.mkdir(directory, { recursive: true });
    if (replacingCorrupt) {
      const aside = `${this.filePath}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await fs.rename(this.filePath, aside);
      log('warn', 'persistence.file_corrupt', { outcome: 'moved_aside' });
      this.warnedCorrupt = false;
    }
    const temporary = path.join(directory, `.${path.basename(this.filePath)}.${process.pid}.${randomUUID()}.tmp`);
    try {
      const handle = await fs.open(temporary, 'wx', 0o600);
      try {
        await handle.writeFile(JSON.stringify(contents, null, 2) + '\n', 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(temporary, this.filePath);
    } catch (error) {
      await fs.rm(temporary, { force: true }).catch(() => undefined);
      throw error;
    }
  }
}

function parseContents(text: string): FileContents | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (isPlainObject(value) && value.version === 1 && isPlainObject(value.users)) {
      return value as unknown as FileContents;
    }
  } catch {
    // Not JSON: corrupt.
  }
  return undefined;
}
