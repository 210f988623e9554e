/**
 * converse() itself (test/support/conversation.ts), the script runner every conversation test
 * relies on: a script that does not match what the skill says must fail, and show the
 * transcript so far. Runs against the built bundle (dist/index.js), as the conversation tests do.
 */
import { VoiceSimulator, type SkillHandler } from '../lambda/local/voice-simulator';
import { converse } from './support/conversation';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { handler } = require('../dist/index.js') as { handler: SkillHandler };

let users = 0;
function newSim(): VoiceSimulator {
  users += 1;
  return new VoiceSimulator({ handler, userId: `amzn1.ask.account.converse-test-${users}` });
}

describe('converse() catches what it should', () => {
  const launch = 'U: open hamstring coach';
  const cases: Array<[string, string, RegExp]> = [
    ['a missing fragment', '~no such words anywhere~ ?', /"no such words anywhere" is not said/],
    ['fragments out of order', '~would you like to stretch~ ~welcome~ ?', /"welcome" is said, but not after/],
    ['a forbidden fragment', '~welcome~ !~check with your doctor~ ?', /"check with your doctor" is said, and must not be/],
    ['a session that should have ended', '~welcome~ .', /should be over/],
  ];
  test.each(cases)('%s fails, with the transcript', async (_what, spec, message) => {
    const attempt = converse(newSim(), `${launch}\nA: ${spec}`);
    await expect(attempt).rejects.toThrow(message);
    await expect(converse(newSim(), `${launch}\nA: ${spec}`)).rejects.toThrow(/transcript so far[\s\S]*U: open hamstring coach[\s\S]*A: Welcome/);
  });

  test('a session that should stay open, and a script line it cannot read, fail too', async () => {
    await expect(converse(newSim(), 'U: open hamstring coach\nU: stop\nA: ~goodbye~ ?')).rejects.toThrow(/should stay open/);
    await expect(converse(newSim(), 'U: open hamstring coach\nA: ~welcome~')).rejects.toThrow(/must end with \?/);
    await expect(converse(newSim(), 'U: open hamstring coach\nA: welcome ?')).rejects.toThrow(/between ~ ~/);
    await expect(converse(newSim(), 'A: ~welcome~ ?')).rejects.toThrow(/no U: line/);
  });
});
