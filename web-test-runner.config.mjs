import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROME_ARGS, requireChromium } from './scripts/chromium.mjs';
import { loadTs } from './scripts/load-ts.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { reactModules, reactTestPage } from './test/integration/react/react-modules.mjs';

const executablePath = requireChromium();

// React apps in real pages: React 19 natively and through the wrappers, React 18 through the
// wrappers. Groups always run next to the files a command names, so they join only full runs
// (`npm test`) and `--group react-19` / `--group react-18`.
const reactGroups = [
  { name: 'react-19', files: 'test/integration/react/react-19*.test.tsx', testRunnerHtml: reactTestPage(19) },
  { name: 'react-18', files: 'test/integration/react/react-18*.test.tsx', testRunnerHtml: reactTestPage(18) },
];
const namesTestFiles = process.argv.slice(2).some((arg) => /\.[jt]sx?$|\*/.test(arg));

// The demo backend served over HTTP, as `npm start` serves it, so tests exercise the real HTTP path.
const { createDemoServer } = await loadTs('src/core/backend/demo-server.ts');
const demoServer = createDemoServer();

export default {
  files: ['test/**/*.test.ts', '!test/e2e/**', '!test/integration/**'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 300_000,
  groups: namesTestFiles ? [] : reactGroups,
  plugins: [
    esbuildPlugin({ ts: true, tsx: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    reactModules(),
    // Accessible names and roles as the browser computes them (`a11ySnapshot` in tests).
    a11ySnapshotPlugin(),
  ],
  middleware: [
    // A module names its worker by the built file (`new URL('./search-worker.js', import.meta.url)`);
    // serve the TypeScript source, as the esbuild plugin does for imports.
    (ctx, next) => {
      if (ctx.path.startsWith('/src/') && ctx.path.endsWith('.js')) {
        const source = `${ctx.path.slice(0, -3)}.ts`;
        if (!existsSync(`.${ctx.path}`) && existsSync(`.${source}`)) ctx.path = source;
      }
      return next();
    },
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
