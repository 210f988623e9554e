/** A JSON-style object: not null, not an array. What stored and session data must be before it is read. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
