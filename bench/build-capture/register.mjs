// Loaded with `node --import ./bench/build-capture/register.mjs scripts/build.mjs` by bench/run.ts.
// It lets scripts/build.mjs run unchanged while recording the options it passes to
// esbuild's build(), so the bench can build the hello-world reference with exactly
// the same options instead of keeping a copy that could drift.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
