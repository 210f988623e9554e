/**
 * The fake Alexa API (lambda/local/fake-alexa-api.ts) for jest: one server per test
 * file, started before the first test, reset before each, stopped after the last.
 */
import { FakeAlexaApi, type FakeAlexaApiOptions } from '../../lambda/local/fake-alexa-api';

export { FakeAlexaApi };
export type { FakeFailureMode, RecordedRequest, FakeReminder } from '../../lambda/local/fake-alexa-api';

export async function startFakeAlexaApi(options: FakeAlexaApiOptions): Promise<FakeAlexaApi> {
  const api = new FakeAlexaApi(options);
  await api.start();
  return api;
}

/**
 * Registers the jest hooks and returns a handle whose `api` is the running server
 * (read it inside tests, not at module load).
 */
export function useFakeAlexaApi(options: FakeAlexaApiOptions): { readonly api: FakeAlexaApi } {
  const holder: { api?: FakeAlexaApi } = {};
  beforeAll(async () => {
    holder.api = await startFakeAlexaApi(options);
  });
  beforeEach(() => holder.api?.reset());
  afterAll(async () => {
    await holder.api?.stop();
  });
  return {
    get api(): FakeAlexaApi {
      if (!holder.api) throw new Error('The fake Alexa API has not started yet.');
      return holder.api;
    },
  };
}
