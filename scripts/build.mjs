// Bundles the Lambda entry into one CommonJS file, dist/index.js: what the deploy
// uploads (ask-resources.json code.default.src, handler index.handler) and the tests load.
//
// The AWS SDK v3 stays outside the bundle: Lambda's Node.js runtimes ship it,
// and bundled it was two thirds of the file and most of the cold start, even
// for requests that never touch DynamoDB. Locally it resolves from
// node_modules (a dependency in package.json).
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';

// Each locale's speech is its own file beside the bundle (dist/<locale>/speech.js), required on
// the locale's first request (lambda/locales/registry.ts): bundled together they made every cold
// start parse all seventeen languages.
const locales = readdirSync('lambda/locales', { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

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
  external: ['@aws-sdk/*', './*/speech'],
  metafile: true,
  logLevel: 'warning',
});

await build({
  entryPoints: locales.map((locale) => `lambda/locales/${locale}/speech.ts`),
  outbase: 'lambda/locales',
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
if (process.argv.includes('--metafile')) {
  const { writeFile } = await import('node:fs/promises');
  await writeFile('dist/meta.json', JSON.stringify(result.metafile));
}
