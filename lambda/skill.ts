/**
 * Assembles the skill: one handler for the conversation, one for requests
 * that aren't part of it, user data loaded and saved around each turn, and a
 * spoken answer for any error.
 */
import { SkillBuilders, Skill, PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { ConversationHandler } from './handlers/conversation-handler';
import { OtherRequestHandler } from './handlers/other-request-handler';
import { SpokenErrorHandler } from './handlers/error-handler';
import { LoadUserData, SaveUserData } from './handlers/user-data';
import { StartTurnClock } from './handlers/turn-state';
import { log } from './support/log';
import { requestTypeOf } from './support/request-type';

export interface SkillOptions {
  /** Where user data lives between sessions (DynamoDB, memory or a local file). */
  persistence: PersistenceAdapter;
  /** When set, requests for any other application ID are refused. */
  skillId?: string;
}

export interface InvocableSkill {
  invoke(envelope: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope>;
}

/** A request that is not for this skill: refused before any handler or storage runs. */
export class RequestRefusedError extends Error {
  constructor() {
    super('Request refused: the application ID does not match this skill.');
    this.name = 'RequestRefusedError';
  }
}

export function buildSkill(options: SkillOptions): InvocableSkill {
  const skill: Skill = SkillBuilders.custom()
    .withPersistenceAdapter(options.persistence)
    .addRequestInterceptors(StartTurnClock, LoadUserData)
    .addResponseInterceptors(SaveUserData)
    .addRequestHandlers(ConversationHandler, OtherRequestHandler)
    .addErrorHandlers(SpokenErrorHandler)
    .create();

  return {
    async invoke(envelope, context) {
      if (options.skillId && applicationIdOf(envelope) !== options.skillId) {
        log('warn', 'request.refused', { requestType: requestTypeOf(envelope), outcome: 'wrong-skill-id' });
        throw new RequestRefusedError();
      }
      return skill.invoke(envelope, context);
    },
  };
}

/**
 * The ID the request is addressed to. ask-sdk's own check reads only
 * `context`, and throws a TypeError when a request has none, so this reads
 * either place and treats an envelope with neither as not ours.
 */
function applicationIdOf(envelope: RequestEnvelope): string | undefined {
  return envelope?.context?.System?.application?.applicationId ?? envelope?.session?.application?.applicationId;
}
