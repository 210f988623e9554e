import type { PersistenceAdapter } from 'ask-sdk-core';
import { DynamoDbPersistenceAdapter } from './dynamodb-adapter';

/**
 * The contract's TABLE_NAME rule: DynamoDB when TABLE_NAME is set (not blank),
 * otherwise whatever `fallback` builds (the Lambda handler passes memory, the
 * console a file). Endpoint, region and credentials are left to the AWS SDK's own
 * environment variables.
 *
 * Importing this module does not load the AWS SDK: DynamoDbPersistenceAdapter
 * require()s it on its first call (see there), so a handler without TABLE_NAME,
 * or one that never reaches storage, never evaluates it.
 */
export function persistenceFromEnvironment(env: NodeJS.ProcessEnv, fallback: () => PersistenceAdapter): PersistenceAdapter {
  const tableName = env.TABLE_NAME?.trim();
  if (tableName) return new DynamoDbPersistenceAdapter({ tableName });
  return fallback();
}
