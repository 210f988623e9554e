/**
 * Renders every kind of Echo Show screen, in US English, at the three viewports we
 * design for, into PNGs you can look at (docs/screens/ in the README).
 *
 *   npx tsx scripts/render-screens.ts PATH/TO/apl-renderer/render [OUT_DIR] [--poses] [--only=KIND,...]
 *
 * The renderer is Amazon's APL engine in headless Chromium, kept beside the project,
 * not in it; no test needs it. --poses also renders one step screen per pose and leg
 * (hub only), to check the drawings; --only=menu,hold renders just those kinds.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { POSE_IDS, renderDocumentDirective, type Screen } from '../lambda/screens';
import { SAMPLE_SCREENS } from './sample-screens';

const VIEWPORTS = { hub: '1280x800', 'small-hub': '960x480', round: '480x480r' } as const;

function render(renderer: string, scratch: string, screen: Screen, out: string, viewport: string): void {
  const file = join(scratch, 'directive.json');
  writeFileSync(file, JSON.stringify(renderDocumentDirective(screen)));
  execFileSync(renderer, [file, out, viewport], { stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(out);
}

function main(): void {
  const args = process.argv.slice(2);
  const [renderer, outDir = 'docs/screens'] = args.filter((arg) => !arg.startsWith('--'));
  if (!renderer) {
    console.error('usage: npx tsx scripts/render-screens.ts PATH/TO/apl-renderer/render [OUT_DIR] [--poses] [--only=KIND,...]');
    process.exit(2);
  }
  const out = resolve(outDir);
  mkdirSync(out, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'screens-'));
  try {
    const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
    for (const [name, screen] of Object.entries(SAMPLE_SCREENS)) {
      if (only && !only.includes(name)) continue;
      for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
        render(resolve(renderer), scratch, screen, join(out, `${name}-${viewportName}.png`), viewport);
      }
    }
    if (args.includes('--poses')) {
      for (const pose of POSE_IDS) {
        for (const leg of ['right', 'left'] as const) {
          const screen: Screen = { ...(SAMPLE_SCREENS.step as Extract<Screen, { kind: 'step' }>), picture: { pose, leg }, text: pose };
          render(resolve(renderer), scratch, screen, join(out, `pose-${pose}-${leg}.png`), VIEWPORTS.hub);
        }
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main();
