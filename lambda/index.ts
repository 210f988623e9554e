/**
 * The AWS Lambda entry. Storage is DynamoDB when TABLE_NAME is set, memory
 * otherwise; the skill is built once per container, on the first request.
 */
import type { Context } from 'aws-lambda';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { buildSkill, InvocableSkill } from './skill';
import { persistenceFromEnvironment } from './persistence/select-adapter';
import { MemoryPersistenceAdapter } from './persistence/memory-adapter';

let skill: InvocableSkill | undefined;

export async function handler(event: RequestEnvelope, context?: Context): Promise<ResponseEnvelope> {
  skill ??= buildSkill({
    persistence: persistenceFromEnvironment(process.env, () => new MemoryPersistenceAdapter()),
    skillId: process.env.SKILL_ID || undefined,
  });
  return skill.invoke(event, context);
}
