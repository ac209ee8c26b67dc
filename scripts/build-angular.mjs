// Builds `dvc-elements/angular` into dist/angular with Angular's partial compilation (`ngc`,
// `compilationMode: "partial"`), the form Angular libraries are published in, so any Angular 21
// application links it. Angular stays out of the package's own dependencies: the compiler comes
// from test/integration/angular, whose pinned dependencies are installed here when missing.
// Needs dist/types (the entry's declarations import the element types from `dvc-elements`).
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, statSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
export const ANGULAR_APP = join(ROOT, 'test/integration/angular');
const bin = (name) => join(ANGULAR_APP, 'node_modules/.bin', name);

/** `npm ci` in test/integration/angular unless its install matches its lock file. */
export function installAngularToolchain() {
  const installed = join(ANGULAR_APP, 'node_modules/.package-lock.json');
  const lock = join(ANGULAR_APP, 'package-lock.json');
  if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
    execFileSync('npm', ['ci', '--prefix', ANGULAR_APP, '--no-audit', '--no-fund', '--ignore-scripts'], { stdio: 'inherit' });
  }
  // The app depends on this package as an application would on the installed one (`npm link`).
  const link = join(ANGULAR_APP, 'node_modules/dvc-elements');
  if (!isSymlink(link)) {
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(relative(dirname(link), ROOT), link, 'dir');
  }
}

export function buildAngularEntry() {
  execFileSync(bin('ngc'), ['-p', join(ROOT, 'src/angular/tsconfig.json')], { stdio: 'inherit' });
}

/** `ng build` of the application in test/integration/angular into its dist/browser. */
export function buildAngularApp() {
  execFileSync(bin('ng'), ['build'], { cwd: ANGULAR_APP, stdio: 'inherit', env: { ...process.env, NG_CLI_ANALYTICS: 'false' } });
}

function isSymlink(path) {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  installAngularToolchain();
  buildAngularEntry();
}
