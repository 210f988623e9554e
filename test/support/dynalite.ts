/**
 * A real, in-process DynamoDB-compatible server (dynalite) for tests: listens on
 * 127.0.0.1 on a free port and holds one table with partition key `id` (S), as the
 * contract's TABLE_NAME table has. Sets nothing global: tests reach it through the
 * returned endpoint (AWS_ENDPOINT_URL_DYNAMODB, or an adapter's clientConfig).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';

export interface LocalDynamo {
  /** e.g. http://127.0.0.1:41234 */
  endpoint: string;
  tableName: string;
  /** A client for the server (dummy credentials, us-east-1), for looking at raw items. */
  client: DynamoDBClient;
  /** Client settings that reach this server without environment variables. */
  clientConfig: { endpoint: string; region: string; credentials: { accessKeyId: string; secretAccessKey: string } };
  stop(): Promise<void>;
}

export const TEST_REGION = 'us-east-1';
export const TEST_CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };

type DynaliteFactory = (options: { createTableMs: number; deleteTableMs: number; updateTableMs: number }) => Server;

export async function startDynalite(tableName = 'hamstring-coach-test'): Promise<LocalDynamo> {
  const dynalite = require('dynalite') as DynaliteFactory;
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const clientConfig = { endpoint, region: TEST_REGION, credentials: TEST_CREDENTIALS };
  const client = new DynamoDBClient(clientConfig);

  const stop = async (): Promise<void> => {
    client.destroy();
    server.closeAllConnections?.();
    await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  };

  try {
    await client.send(new CreateTableCommand({
      TableName: tableName,
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
    }));
    for (let tries = 0; ; tries += 1) {
      const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
      if (Table?.TableStatus === 'ACTIVE') break;
      if (tries > 100) throw new Error(`table ${tableName} did not become ACTIVE`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } catch (error) {
    await stop();
    throw error;
  }

  return { endpoint, tableName, client, clientConfig, stop };
}
