/**
 * The production bundle holds production code only: scripts/audit-bundle.mjs, run
 * here as it runs by hand. It builds with the real build script and an esbuild
 * metafile (in a scratch folder, so dist/ is not rewritten while other test files load
 * it), then checks that every bundled package is reachable from package.json
 * "dependencies", that no dev-only tool is in it, that what it leaves to the runtime is
 * built in, a production dependency or a locale's data written beside it, that the AWS
 * SDK v2 appears nowhere, and that the bundle's text is ASCII with no Unicode property
 * escape in a regular expression literal (both cost every cold start).
 *
 * Known vulnerabilities need the registry, so they are not checked here:
 * `npm audit --omit=dev --audit-level=high` (the "audit:prod" script).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const SCRIPT = join(ROOT, 'scripts', 'audit-bundle.mjs');

interface Report {
  problems: string[];
  packages: string[];
  externals: string[];
  reachableCount: number;
}

function audit(args: string[]): { status: number | null; report: Report; stderr: string } {
  const run = spawnSync(process.execPath, [SCRIPT, ...args, '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`audit-bundle failed (${run.status}): ${run.stderr}`);
  return { status: run.status, report: JSON.parse(run.stdout) as Report, stderr: run.stderr };
}

describe('production bundle dependency hygiene', () => {
  test('a fresh build of the bundle contains only production packages and no AWS SDK v2', () => {
    const { status, report } = audit(['--fresh']);
    expect(report.problems).toEqual([]);
    expect(status).toBe(0);
    // What the skill needs is in it, and the AWS SDK v3 is left to Lambda's runtime.
    expect(report.packages).toEqual(expect.arrayContaining(['ask-sdk-core', 'i18next']));
    expect(report.externals.filter((path) => path.startsWith('@aws-sdk/'))).toEqual(expect.arrayContaining(['@aws-sdk/client-dynamodb']));
    expect(report.reachableCount).toBeGreaterThan(4);
  }, 60_000);

  test('dist/index.js, as built, does not load the AWS SDK v2', () => {
    const bundle = join(ROOT, 'dist', 'index.js');
    if (!existsSync(bundle)) throw new Error('dist/index.js is missing: run `node scripts/build.mjs` first');
    const text = readFileSync(bundle, 'utf8');
    expect(text).not.toMatch(/require\(\s*["'`]aws-sdk(\/[^"'`]*)?["'`]\s*\)/);
    expect(text).not.toMatch(/from\s*["']aws-sdk(\/[^"']*)?["']/);
  });

  test('the audit catches dev-only, unreachable and v2-SDK code (it is not vacuous)', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'hygiene-'));
    try {
      const inputs: Record<string, unknown> = {
        'lambda/index.ts': { bytes: 1, imports: [] },
        'node_modules/ask-sdk-core/dist/index.js': { bytes: 1, imports: [] },
        'node_modules/fast-check/lib/fast-check.js': { bytes: 1, imports: [] },
        'node_modules/yaml/dist/index.js': { bytes: 1, imports: [] },
        'node_modules/not-a-real-package-xyz/index.js': { bytes: 1, imports: [] },
      };
      // A package that is installed only for the dev tools (jest's), not reachable from "dependencies".
      const devOnlyTransitive = ['pretty-format', 'chalk', 'picomatch'].find((name) => existsSync(join(ROOT, 'node_modules', name, 'package.json')));
      if (devOnlyTransitive) inputs[`node_modules/${devOnlyTransitive}/index.js`] = { bytes: 1, imports: [] };
      const meta = {
        inputs,
        outputs: {
          'dist/index.js': {
            bytes: 1,
            imports: [
              { path: 'aws-sdk', kind: 'require-call', external: true },
              { path: 'node:fs', kind: 'require-call', external: true },
              { path: 'https', kind: 'require-call', external: true },
              { path: 'left-pad-nowhere', kind: 'require-call', external: true },
              { path: '@aws-sdk/lib-dynamodb', kind: 'require-call', external: true },
              { path: './de-DE/speech', kind: 'require-call', external: true },
              { path: './de-DE/timing.json', kind: 'require-call', external: true },
              { path: './xx-XX/timing.json', kind: 'require-call', external: true },
            ],
          },
        },
      };
      writeFileSync(join(scratch, 'meta.json'), JSON.stringify(meta));
      writeFileSync(join(scratch, 'index.js'), 'var a=require("aws-sdk"),b=require( \'aws-sdk/clients/dynamodb\' ),c=/[.!?\u2026]/u,d=/[\\p{L}]+/u,e=new RegExp("[\\\\p{N}]","u");');
      const { status, report } = audit(['--meta', join(scratch, 'meta.json'), '--bundle', join(scratch, 'index.js'), '--workdir', ROOT]);
      expect(status).toBe(1);
      const text = report.problems.join('\n');
      expect(text).toMatch(/dev-only package fast-check is bundled/);
      expect(text).toMatch(/dev-only package yaml is bundled/);
      expect(text).toMatch(/not-a-real-package-xyz is bundled but not reachable/);
      if (devOnlyTransitive) expect(text).toContain(`package ${devOnlyTransitive} is bundled but not reachable`);
      expect(text).toMatch(/loads dev-only package aws-sdk at run time/);
      expect(text).toMatch(/left-pad-nowhere/);
      expect(text).toMatch(/AWS SDK v2: require\("aws-sdk"\)/);
      // A literal ellipsis in a regular expression makes the whole bundle a two-byte string.
      expect(text).toMatch(/not ASCII .*c=\/\[\.!\?\u2026/);
      // A property escape in a literal costs every cold start; the same pattern from a string does not.
      expect(text).toMatch(/Unicode property escape \(.*d=\/\[\\\\p\{L\}\]\+\/u/);
      expect(text.match(/Unicode property escape/g)).toHaveLength(1);
      // A locale's data the build does not write is flagged; a registered locale's is not.
      expect(text).toMatch(/loads \.\/xx-XX\/timing\.json at run time, which the build does not write/);
      // Production code, built-ins and the locales' data are not flagged.
      expect(text).not.toMatch(/ask-sdk-core|node:fs|https|@aws-sdk\/lib-dynamodb|lambda\/index|de-DE/);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  test('a metafile that does not describe dist/index.js is refused rather than trusted', () => {
    const metaFile = join(ROOT, 'dist', 'meta.json');
    const bundle = join(ROOT, 'dist', 'index.js');
    if (!existsSync(metaFile) || !existsSync(bundle)) return; // nothing to compare; --fresh covers the audit
    const run = spawnSync(process.execPath, [SCRIPT, '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    if (run.status === 2) {
      expect(run.stderr).toMatch(/does not describe the current dist\/index.js|missing/);
    } else {
      expect((JSON.parse(run.stdout) as Report).problems).toEqual([]);
    }
  });
});
