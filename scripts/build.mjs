// Bundles the Lambda entry into one CommonJS file, dist/index.js: what the deploy
// uploads (ask-resources.json code.default.src, handler index.handler) and the tests load.
//
// The AWS SDK v3 stays outside the bundle: Lambda's Node.js runtimes ship it,
// and bundled it was two thirds of the file and most of the cold start, even
// for requests that never touch DynamoDB. Locally it resolves from
// node_modules (a dependency in package.json).
import { build } from 'esbuild';

const result = await build({
  entryPoints: ['lambda/index.ts'],
  outfile: 'dist/index.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  external: ['@aws-sdk/*'],
  metafile: true,
  logLevel: 'warning',
});
if (process.argv.includes('--metafile')) {
  const { writeFile } = await import('node:fs/promises');
  await writeFile('dist/meta.json', JSON.stringify(result.metafile));
}
