import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { CHROME_ARGS, requireChromium } from './scripts/chromium.mjs';
import { loadTs } from './scripts/load-ts.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';

const executablePath = requireChromium();

// The demo backend served over HTTP, as `npm start` serves it, so tests exercise the real HTTP path.
const { createDemoServer } = await loadTs('src/core/backend/demo-server.ts');
const demoServer = createDemoServer();

export default {
  files: ['test/**/*.test.ts', '!test/e2e/**', '!test/integration/**'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 300_000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  middleware: [
    async (ctx, next) => {
      if (!(await demoServer.handle(ctx.req, ctx.res))) return next();
      ctx.respond = false;
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROME_ARGS,
      },
    }),
  ],
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), summaryReporter()],
  // Lit's one-time development-mode notice is noise in every test file.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
