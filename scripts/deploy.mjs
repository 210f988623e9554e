// `npm run deploy [-- <ask deploy options>]`: builds dist/index.js, then deploys the
// skill package, the Lambda code and infrastructure/skill-stack.yaml with the ASK CLI v2
// (`ask deploy`, run through npx by scripts/ask-cli.mjs: no global install). Extra
// arguments go to `ask deploy`, e.g. `npm run deploy -- --profile work` or `-- --ignore-hash`.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { askCommandLine, npxAskArgs, run } from './ask-cli.mjs';

const args = process.argv.slice(2);

/** The ASK CLI's own "profile from the environment" mode (CI): no cli_config file needed. */
function askProfileInEnvironment(env) {
  return Boolean(
    env.AWS_ACCESS_KEY_ID &&
      env.AWS_SECRET_ACCESS_KEY &&
      (env.ASK_REFRESH_TOKEN || env.ASK_ACCESS_TOKEN) &&
      env.ASK_VENDOR_ID,
  );
}

function fail(message) {
  process.stderr.write(`\n${message}\n\n`);
  process.exit(1);
}

// 1. Credentials first, so a newcomer learns what to do before waiting for a build.
const cliConfig = join(homedir(), '.ask', 'cli_config');
if (!existsSync(cliConfig) && !askProfileInEnvironment(process.env)) {
  fail(
    [
      `The ASK CLI is not configured yet (no ${cliConfig}).`,
      'Run this once; it opens a browser to sign in to your Amazon developer account,',
      'then asks for the AWS credentials to link to it:',
      '',
      '    node scripts/ask-cli.mjs configure',
      '',
      `(That runs \`${askCommandLine(['configure'])}\`.`,
      'Without a browser on this machine, add --no-browser.) Then run `npm run deploy` again.',
    ].join('\n'),
  );
}

if (!existsSync('ask-resources.json')) {
  fail('ask-resources.json is missing: run `npm run deploy` from the project root.');
}

// 2. The bundle that ask-resources.json's code.default.src (./dist) points at.
const built = run('npm', ['run', 'build']);
if (built !== 0) process.exit(built);
if (!existsSync(join('dist', 'index.js'))) fail('The build did not write dist/index.js; nothing to deploy.');

// 3. Skill package + code + CloudFormation stack. The first deploy creates the skill and
//    records its ID in .ask/ask-states.json; keep that file to update the same skill later.
process.exit(run('npx', npxAskArgs(['deploy', ...args])));
