/**
 * Cold-start runner (bundled by bench/run.ts into a plain CommonJS file and run
 * with `node <runner> <bundle>` in a fresh process each time): requires the
 * bundle, invokes its handler once with a LaunchRequest and prints the response.
 * bench/run.ts times the process from spawn to exit; the runner also reports
 * its own clock (performance.now(), milliseconds since the process started):
 * how long the require took (Lambda's init phase), how long the first
 * invocation took (the invoke phase), and the process RSS after it.
 */
import { envelope, fail, finish, launchRequest, loadHandler, lambdaContext } from './requests';

async function main(): Promise<void> {
  const bundlePath = process.argv[2];
  if (!bundlePath) throw new Error('usage: cold-runner <bundle.js> [locale]');
  const locale = process.argv[3] ?? 'en-US';
  const startedMs = performance.now();
  const handler = loadHandler(bundlePath);
  const loadedMs = performance.now();
  // Lambda's runtime fetches the first event over HTTP after init: work the module
  // started at load (promises, timers due now) finishes before the first invocation.
  await new Promise((resolve) => setImmediate(resolve));
  const invokedMs = performance.now();
  const requestId = 'amzn1.echo-api.request.bench-cold-1';
  const event = envelope(
    { sessionId: 'amzn1.echo-api.session.bench-cold', userId: 'amzn1.ask.account.BENCHCOLD', isNew: true, attributes: {} },
    launchRequest(requestId, Date.UTC(2026, 0, 5, 7, 30, 0), locale),
  );
  const response = await handler(event, lambdaContext(requestId));
  const respondedMs = performance.now();
  finish({ response, startedMs, requireMs: loadedMs - startedMs, firstInvocationMs: respondedMs - invokedMs, respondedMs, rssBytes: process.memoryUsage.rss() });
}

main().catch(fail);
