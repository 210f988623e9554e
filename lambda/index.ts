/**
 * The AWS Lambda entry. Storage is DynamoDB when TABLE_NAME is set, memory
 * otherwise.
 *
 * The skill is built when the module loads, in Lambda's init phase, which runs
 * at full CPU before the first request; work left for the first request runs in
 * the invoke phase, where CPU is throttled to the memory size. Building it does
 * not load the AWS SDK: the DynamoDB adapter require()s it on its first call.
 * warmUp() then runs the code a request runs once, on a throwaway copy.
 */
import type { Context } from 'aws-lambda';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { buildSkill } from './skill';
import { persistenceFromEnvironment } from './persistence/select-adapter';
import { MemoryPersistenceAdapter } from './persistence/memory-adapter';
import { warmUp } from './warm-up';

const skill = buildSkill({
  persistence: persistenceFromEnvironment(process.env, () => new MemoryPersistenceAdapter()),
  skillId: process.env.SKILL_ID || undefined,
});
/** Awaited by every request, so none runs while the warm-up has the logs silenced. */
const warmedUp = warmUp();

export async function handler(event: RequestEnvelope, context?: Context): Promise<ResponseEnvelope> {
  await warmedUp;
  return skill.invoke(event, context);
}
