// React ships CommonJS only. This dev-server plugin bundles React 19 and React 18 into ES modules
// with esbuild (once each; `react`, its JSX runtime and `react-dom/client` share one chunk per
// version, so there is one React per page), serves them under /__react/<major>/, and leaves
// `react` imports bare so each test page's import map picks the version.
import { build as esbuild } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Bare specifier → served file name and the names it exports. */
const MODULES = {
  react: { file: 'react', names: (pkg) => exportNames(pkg.react) },
  'react/jsx-runtime': { file: 'jsx-runtime', names: () => ['jsx', 'jsxs', 'Fragment'] },
  'react-dom/client': { file: 'react-dom-client', names: () => ['createRoot', 'hydrateRoot', 'version'] },
};

/** react-dom-18 would load React 19 (the root `react`), so React 18's bundle redirects it. */
const PACKAGES = {
  19: { react: 'react', 'react-dom': 'react-dom' },
  18: { react: 'react-18', 'react-dom': 'react-dom-18' },
};

/** The names a CommonJS package exports, read in a separate Node (loading React here would touch the runner's console). */
function exportNames(pkg) {
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(pkg)}))))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }));
}

const isIdentifier = (name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default';

/** The bundles of React `major`, built once per installed version and kept in node_modules/.cache. */
async function bundle(major) {
  const pkg = PACKAGES[major];
  const versions = [pkg.react, pkg['react-dom']].map(
    (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'))).version,
  );
  const cache = join(root, 'node_modules/.cache/dvc-elements', `react-${versions.join('-')}-production.json`);
  if (existsSync(cache)) return new Map(Object.entries(JSON.parse(readFileSync(cache, 'utf8'))));
  const files = await build(major, pkg);
  mkdirSync(dirname(cache), { recursive: true });
  // Another runner may be writing the same file: write aside, then rename.
  writeFileSync(`${cache}.${process.pid}`, JSON.stringify(Object.fromEntries(files)));
  renameSync(`${cache}.${process.pid}`, cache);
  return files;
}

async function build(major, pkg) {
  const entry = (specifier) => {
    const names = MODULES[specifier].names(pkg).filter(isIdentifier);
    return `import m from '${specifier}';\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`;
  };
  const result = await esbuild({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(MODULES).map(([specifier, { file }]) => [file, `entry:${specifier}`])),
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outdir: `/__react/${major}`,
    alias: major === 18 ? pkg : {},
    // React's production build, minified: a tenth of the development build, so pages start fast.
    define: { 'process.env.NODE_ENV': '"production"' },
    minify: true,
    logLevel: 'warning',
    plugins: [
      {
        name: 'entries',
        setup(esbuild) {
          esbuild.onResolve({ filter: /^entry:/ }, ({ path }) => ({ path: path.slice('entry:'.length), namespace: 'entry' }));
          esbuild.onLoad({ filter: /.*/, namespace: 'entry' }, ({ path }) => ({ contents: entry(path), resolveDir: root }));
        },
      },
    ],
  });
  return new Map(result.outputFiles.map((file) => [file.path, file.text]));
}

/** The import map a test page needs for React `major`. */
export function reactImportMap(major) {
  const imports = Object.fromEntries(Object.entries(MODULES).map(([specifier, { file }]) => [specifier, `/__react/${major}/${file}.js`]));
  return `<script type="importmap">${JSON.stringify({ imports })}</script>`;
}

/** A test page for React `major`: the import map, then the test framework. */
export function reactTestPage(major) {
  return (testFramework) =>
    `<!DOCTYPE html><html><head>${reactImportMap(major)}</head><body><script type="module" src="${testFramework}"></script></body></html>`;
}

export function reactModules() {
  const bundles = {};
  return {
    name: 'dvc-react-modules',
    resolveImport({ source }) {
      if (source in MODULES) return source;
    },
    async serve(context) {
      const match = /^\/__react\/(18|19)\//.exec(context.path);
      if (!match) return undefined;
      bundles[match[1]] ??= bundle(Number(match[1]));
      const body = (await bundles[match[1]]).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
