import type { PersistenceAdapter } from 'ask-sdk-core';
import { DynamoDbPersistenceAdapter } from './dynamodb-adapter';

/**
 * Where user data lives: in the DynamoDB table TABLE_NAME names (partition key
 * `id`, a string) when it is set and not blank, otherwise in whatever `fallback`
 * builds (the Lambda handler passes memory, the console a file). TABLE_NAME is the
 * name the deploy template and users' scripts set, so it must not change. Endpoint, region and credentials are left to the AWS SDK's own
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
