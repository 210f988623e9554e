// Bundles the Lambda entry into one CommonJS file, dist/index.js: what the deploy
// uploads (ask-resources.json code.default.src, handler index.handler) and the tests load.
//
// The AWS SDK v3 stays outside the bundle: Lambda's Node.js runtimes ship it,
// and bundled it was two thirds of the file and most of the cold start, even
// for requests that never touch DynamoDB. Locally it resolves from
// node_modules (a dependency in package.json).
//
// Each locale's content is data beside the bundle, required on the locale's first request
// (lambda/locales/registry.ts), so a cold start parses none of the seventeen languages:
//   dist/<locale>/speech.json   the exports of lambda/locales/<locale>/speech.ts, evaluated here;
//                               Node parses JSON several times faster than the same literal as JS
//   dist/<locale>/timing.json   lambda/locales/<locale>/timing.json, copied
// The registry's require('./<locale>/speech') finds speech.ts in the sources and speech.json here.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

const locales = readdirSync('lambda/locales', { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

// A stale dist/<locale>/speech.js from an older build would be found before speech.json.
rmSync('dist', { recursive: true, force: true });

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
  // Each locale's data by its exact path: a relative pattern with a wildcard also matches any
  // file it reaches from the working directory (./*/speech took lambda/locales/speech.ts too).
  external: ['@aws-sdk/*', ...locales.flatMap((locale) => [`./${locale}/speech`, `./${locale}/timing.json`])],
  metafile: true,
  logLevel: 'warning',
});

for (const locale of locales) {
  mkdirSync(`dist/${locale}`, { recursive: true });
  writeFileSync(`dist/${locale}/speech.json`, JSON.stringify(await evaluate(`lambda/locales/${locale}/speech.ts`)));
  copyFileSync(`lambda/locales/${locale}/timing.json`, `dist/${locale}/timing.json`);
}

if (process.argv.includes('--metafile')) {
  writeFileSync('dist/meta.json', JSON.stringify(result.metafile));
}

/** A speech module's exports: every value a string (the Speech type), so JSON keeps them whole. */
async function evaluate(entry) {
  const bundled = await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'warning' });
  const module = { exports: {} };
  new Function('module', 'exports', bundled.outputFiles[0].text)(module, module.exports);
  for (const [name, table] of Object.entries(module.exports)) {
    const notText = Object.entries(table).find(([, value]) => typeof value !== 'string');
    if (notText) throw new Error(`${entry}: ${name}['${notText[0]}'] is not a string`);
  }
  return module.exports;
}
