/**
 * The locales the skill speaks, for tests that must cover each: the registry's
 * (lambda/locales/registry.ts, `LOCALES`) once there is one, en-US before that.
 */
export function registeredLocales(): string[] {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const registry = require('../../lambda/locales/registry') as { LOCALES?: Record<string, unknown> };
    if (registry.LOCALES && Object.keys(registry.LOCALES).length > 0) return Object.keys(registry.LOCALES);
  } catch {
    // No registry yet: the skill speaks en-US only.
  }
  return ['en-US'];
}
