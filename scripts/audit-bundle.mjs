#!/usr/bin/env node
// Checks that the production bundle holds only production code.
//
//   node scripts/build.mjs --metafile && node scripts/audit-bundle.mjs
//       audits dist/index.js with the esbuild metafile dist/meta.json (refuses a
//       metafile that does not describe the current dist/index.js);
//   node scripts/audit-bundle.mjs --fresh
//       runs scripts/build.mjs --metafile in a scratch folder (so dist/ is not touched
//       while other tests read it) and audits that build, plus dist/index.js's text if
//       it exists;
//   node scripts/audit-bundle.mjs --meta <file> --bundle <file> [--workdir <dir>]
//       audits the given files (paths in the metafile are relative to --workdir, by
//       default the project root);
//   add --json for a machine-readable report. Exit code 1 when there are problems.
//
// The rules:
// 1. Every input under node_modules belongs to a package reachable from package.json
//    "dependencies" (following each installed package's own dependencies,
//    optionalDependencies and peerDependencies, resolved the way Node resolves them).
// 2. None of them is one of the dev-only tools (DEV_ONLY below), reachable or not.
// 3. Every external import the bundle leaves to the runtime is a Node built-in, a
//    reachable production package, or a locale's data that scripts/build.mjs writes beside
//    the bundle (./<locale>/speech from lambda/locales/<locale>/speech.ts, ./<locale>/timing.json).
// 4. The end-of-life AWS SDK v2 (`aws-sdk`) appears nowhere: not as an input, not as an
//    external, and no require('aws-sdk') / import from 'aws-sdk' in the bundle's text.
// 5. The bundle's text is ASCII (see nonAsciiSample), and no regular expression literal in it
//    uses a Unicode property escape (see propertyEscapeSample).
//
// Known vulnerabilities are a separate check that needs the registry:
//   npm audit --omit=dev --audit-level=high     (package.json script "audit:prod")
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, copyFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Dev-only packages that must never be in the production bundle. */
export const DEV_ONLY = Object.freeze([
  'jest',
  'ts-jest',
  'virtual-alexa',
  'dynalite',
  'fast-check',
  'ssml-check-core',
  'autocannon',
  'tsx',
  'yaml',
  'esbuild',
  'typescript',
  'nock',
  'aws-sdk',
]);

const BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The directory Node would load package `name` from, starting at `fromDir`; undefined if it isn't installed. */
export function resolvePackageDir(name, fromDir, root = ROOT) {
  let dir = fromDir;
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dir === root || dirname(dir) === dir) return undefined;
    dir = dirname(dir);
  }
}

/**
 * Every installed package reachable from the root package.json's "dependencies":
 * a Map from the package's real directory to its name.
 */
export function reachablePackages(root = ROOT) {
  const rootManifest = readJson(join(root, 'package.json'));
  const reachable = new Map();
  const queue = [];
  const enqueue = (names, fromDir) => {
    for (const name of names) {
      const dir = resolvePackageDir(name, fromDir, root);
      if (dir && !reachable.has(dir)) {
        reachable.set(dir, name);
        queue.push(dir);
      }
    }
  };
  enqueue(Object.keys({ ...rootManifest.dependencies, ...rootManifest.optionalDependencies }), root);
  while (queue.length > 0) {
    const dir = queue.shift();
    const manifest = readJson(join(dir, 'package.json'));
    enqueue(Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies, ...manifest.peerDependencies }), dir);
  }
  return reachable;
}

/** For a file under node_modules: the package's directory and name (scoped names included). */
export function packageOfPath(file) {
  const parts = file.split(sep);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0 || at + 1 >= parts.length) return undefined;
  const scoped = parts[at + 1].startsWith('@');
  const nameParts = parts.slice(at + 1, at + (scoped ? 3 : 2));
  return { dir: parts.slice(0, at + 1 + nameParts.length).join(sep), name: nameParts.join('/') };
}

/** The package an import specifier names: "@aws-sdk/client-dynamodb/dist" → "@aws-sdk/client-dynamodb". */
export function packageOfSpecifier(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const AWS_SDK_V2_IN_TEXT = [
  /\brequire\s*\(\s*(["'`])aws-sdk(?:\/[^"'`]*)?\1\s*\)/,
  /\bfrom\s*(["'])aws-sdk(?:\/[^"']*)?\1/,
  /\bimport\s*\(\s*(["'`])aws-sdk(?:\/[^"'`]*)?\1\s*\)/,
];

/** Places in a bundle's text that load the AWS SDK v2. */
export function awsSdkV2References(text) {
  const found = [];
  for (const pattern of AWS_SDK_V2_IN_TEXT) {
    const match = pattern.exec(text);
    if (match) found.push(match[0]);
  }
  return found;
}

/**
 * Audits a metafile (and the bundle's text). Returns the problems, and what the bundle
 * contains, for the report.
 */
export function auditMetafile(meta, { workdir = ROOT, root = ROOT, bundleText = '' } = {}) {
  const problems = [];
  const reachable = reachablePackages(root);
  const bundled = new Map();
  for (const input of Object.keys(meta.inputs ?? {})) {
    const absolute = resolve(workdir, input);
    const pkg = packageOfPath(absolute);
    if (!pkg) continue;
    const real = existsSync(pkg.dir) ? realpathSync(pkg.dir) : pkg.dir;
    if (!bundled.has(pkg.name)) bundled.set(pkg.name, new Set());
    bundled.get(pkg.name).add(real);
    if (DEV_ONLY.includes(pkg.name)) problems.push(`dev-only package ${pkg.name} is bundled (${input})`);
    else if (!reachable.has(real)) problems.push(`package ${pkg.name} is bundled but not reachable from package.json "dependencies" (${input})`);
  }
  const reachableNames = new Set(reachable.values());
  const externals = new Set();
  for (const output of Object.values(meta.outputs ?? {})) {
    for (const imported of output.imports ?? []) {
      if (!imported.external) continue;
      externals.add(imported.path);
      if (BUILTINS.has(imported.path)) continue;
      if (imported.path.startsWith('.')) {
        const [, locale, file] = /^\.\/([A-Za-z]{2}-[A-Za-z]{2})\/(speech|timing\.json)$/.exec(imported.path) ?? [];
        const source = file === 'speech' ? 'speech.ts' : file;
        if (!locale || !existsSync(resolve(root, 'lambda', 'locales', locale, source))) {
          problems.push(`the bundle loads ${imported.path} at run time, which the build does not write beside it`);
        }
        continue;
      }
      const name = packageOfSpecifier(imported.path);
      if (DEV_ONLY.includes(name)) problems.push(`the bundle loads dev-only package ${imported.path} at run time`);
      else if (!reachableNames.has(name)) problems.push(`the bundle loads ${imported.path} at run time, which no production dependency provides`);
    }
  }
  for (const reference of awsSdkV2References(bundleText)) {
    problems.push(`the bundle loads the AWS SDK v2: ${reference}`);
  }
  const wide = nonAsciiSample(bundleText);
  if (wide) problems.push(`the bundle's text is not ASCII (${wide}): write the character as a \\u escape in the source`);
  const property = propertyEscapeSample(bundleText);
  if (property) problems.push(`a regular expression literal uses a Unicode property escape (${property}): build it with new RegExp on first use`);
  return {
    problems,
    packages: [...bundled.keys()].sort(),
    externals: [...externals].sort(),
    reachableCount: reachable.size,
  };
}

/**
 * The first non-ASCII character in a bundle's text, with what surrounds it. One such character
 * makes Node hold the whole file as a two-byte string, which it reads and V8 compiles
 * milliseconds slower at every cold start; esbuild escapes them in strings, not in regular
 * expressions.
 */
export function nonAsciiSample(text) {
  return sampleAt(text, text.search(/[^\x00-\x7f]/u));
}

/**
 * The first regular expression literal with a Unicode property escape (\p{L}), with what
 * surrounds it. V8 sets up ICU data for one as it parses the bundle, about a millisecond of
 * every cold start, whether or not the code runs. In the minified bundle a backslash before
 * `p{` that is not itself escaped belongs to a regular expression literal: strings spell it
 * with two.
 */
export function propertyEscapeSample(text) {
  return sampleAt(text, text.search(/(?<!\\)\\[pP]\{/u));
}

/** What surrounds position `at` of a text, quoted for a problem line; undefined when nothing was found (-1). */
function sampleAt(text, at) {
  return at < 0 ? undefined : JSON.stringify(text.slice(Math.max(0, at - 30), at + 20));
}

/**
 * Runs the real build script (`scripts/build.mjs --metafile`) in a scratch folder with a copy
 * of this project's sources and a link to its node_modules, so dist/ is left alone. Returns the
 * metafile, the bundle's text and the folder the metafile's paths are relative to.
 */
export function buildInScratch(root = ROOT) {
  const scratch = mkdtempSync(join(tmpdir(), 'audit-bundle-'));
  try {
    // A copy, not a link: esbuild resolves relative externals from the working directory, so
    // the sources must sit where they sit in the project for the build to come out the same.
    cpSync(join(root, 'lambda'), join(scratch, 'lambda'), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
    for (const file of ['package.json', 'tsconfig.json']) {
      if (existsSync(join(root, file))) copyFileSync(join(root, file), join(scratch, file));
    }
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--metafile'], { cwd: scratch, stdio: ['ignore', 'pipe', 'pipe'] });
    return {
      meta: readJson(join(scratch, 'dist', 'meta.json')),
      bundleText: readFileSync(join(scratch, 'dist', 'index.js'), 'utf8'),
      workdir: scratch,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** dist/meta.json and dist/index.js, if the metafile describes the current bundle. */
export function readDistBuild(root = ROOT) {
  const metaFile = join(root, 'dist', 'meta.json');
  const bundleFile = join(root, 'dist', 'index.js');
  if (!existsSync(metaFile) || !existsSync(bundleFile)) {
    throw new Error('dist/meta.json or dist/index.js is missing: run `node scripts/build.mjs --metafile` first (or use --fresh).');
  }
  const meta = readJson(metaFile);
  const described = meta.outputs?.['dist/index.js']?.bytes;
  if (described !== statSync(bundleFile).size) {
    throw new Error('dist/meta.json does not describe the current dist/index.js: run `node scripts/build.mjs --metafile` again (or use --fresh).');
  }
  return { meta, bundleText: readFileSync(bundleFile, 'utf8'), workdir: root };
}

function main(argv) {
  const option = (name) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  let build;
  let alsoText = '';
  if (option('--meta')) {
    build = {
      meta: readJson(resolve(option('--meta'))),
      bundleText: option('--bundle') ? readFileSync(resolve(option('--bundle')), 'utf8') : '',
      workdir: resolve(option('--workdir') ?? ROOT),
    };
  } else if (argv.includes('--fresh')) {
    build = buildInScratch(ROOT);
    const dist = join(ROOT, 'dist', 'index.js');
    if (existsSync(dist)) alsoText = readFileSync(dist, 'utf8');
  } else {
    build = readDistBuild(ROOT);
  }
  const report = auditMetafile(build.meta, { workdir: build.workdir, root: ROOT, bundleText: build.bundleText });
  for (const reference of awsSdkV2References(alsoText)) report.problems.push(`dist/index.js loads the AWS SDK v2: ${reference}`);
  if (argv.includes('--json')) {
    process.stdout.write(JSON.stringify(report) + '\n');
  } else {
    process.stdout.write(`bundled packages: ${report.packages.join(', ') || '(none)'}\n`);
    process.stdout.write(`left to the runtime: ${report.externals.join(', ') || '(none)'}\n`);
    process.stdout.write(report.problems.length === 0 ? 'bundle audit: OK\n' : `bundle audit: ${report.problems.length} problem(s)\n  ${report.problems.join('\n  ')}\n`);
  }
  return report.problems.length === 0 ? 0 : 1;
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
