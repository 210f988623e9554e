// Bundles the Lambda entry into one CommonJS file, dist/index.js (the contract's build output).
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
  metafile: true,
  logLevel: 'warning',
});
if (process.argv.includes('--metafile')) {
  const { writeFile } = await import('node:fs/promises');
  await writeFile('dist/meta.json', JSON.stringify(result.metafile));
}
