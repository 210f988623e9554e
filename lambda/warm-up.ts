/**
 * Runs one LaunchRequest through a throwaway copy of the skill (user data in
 * memory, logs silenced), so the first real request finds i18next set up and
 * the skill's code already compiled by V8. Called at module load, in Lambda's
 * init phase, which runs at full CPU; left to the first request, the same work
 * runs in the invoke phase, where CPU is throttled to the memory size. Lambda's
 * runtime fetches the first event over HTTP after init, so this has finished
 * by then. It never touches the real storage and never throws.
 */
import { buildSkill } from './skill';
import { MemoryPersistenceAdapter } from './persistence/memory-adapter';
import { requestEnvelope } from './support/request-envelope';
import { setLogSink } from './support/log';

const IDENTITY = {
  skillId: 'amzn1.ask.skill.warm-up',
  userId: 'amzn1.ask.account.WARMUP',
  deviceId: 'amzn1.ask.device.WARMUP',
  apiEndpoint: 'https://127.0.0.1:9',
  apiAccessToken: 'warm-up',
};

export async function warmUp(): Promise<void> {
  const skill = buildSkill({ persistence: new MemoryPersistenceAdapter() });
  const envelope = requestEnvelope(IDENTITY, { id: 'amzn1.echo-api.session.warm-up', new: true, attributes: {} }, {
    type: 'LaunchRequest',
    requestId: 'amzn1.echo-api.request.warm-up',
    timestamp: new Date().toISOString(),
    locale: 'en-US',
  });
  const restore = setLogSink(() => undefined);
  try {
    await skill.invoke(envelope);
  } catch {
    // A failed warm-up only leaves the work to the first request.
  } finally {
    setLogSink(restore);
  }
}
