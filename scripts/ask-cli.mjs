// Runs the ASK CLI v2 (npm package `ask-cli`, command `ask`) through npx, with no global
// install: `node scripts/ask-cli.mjs <ask arguments>`, e.g. `configure`,
// `dialog --locale en-US`. scripts/deploy.mjs uses the same command.
//
// Why the second package: ask-cli 2.30.7 depends (through @alexa/acdl) on antlr4ts
// ^0.5.0-alpha.4, and npm resolves that range to antlr4ts 0.5.0-dev, the registry's
// `latest`, whose build throws at load ("Class extends value undefined"), so a plain
// `npx ask-cli` crashes before doing anything. Installing antlr4ts 0.5.0-alpha.4 next
// to it makes npm reuse that version for ask-cli too.
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ASK_CLI_PACKAGES = ['ask-cli@2', 'antlr4ts@0.5.0-alpha.4'];

/** npx arguments that run `ask <askArgs...>`. */
export function npxAskArgs(askArgs) {
  return ['--yes', ...ASK_CLI_PACKAGES.map((p) => `--package=${p}`), '--', 'ask', ...askArgs];
}

/** The same, as one line for messages. */
export function askCommandLine(askArgs) {
  return ['npx', ...npxAskArgs(askArgs)].join(' ');
}

/** Runs a command with inherited stdio; returns its exit status. */
export function run(command, args) {
  process.stdout.write(`\n> ${[command, ...args].join(' ')}\n`);
  // npm and npx are .cmd files on Windows, which Node only starts through a shell.
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) {
    process.stderr.write(`Could not start ${command}: ${result.error.message}\n`);
    return 1;
  }
  return result.status ?? 1;
}

const invokedDirectly = process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
if (invokedDirectly) {
  process.exit(run('npx', npxAskArgs(process.argv.slice(2))));
}
