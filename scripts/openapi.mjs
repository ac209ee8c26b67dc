// Writes openapi.json at the repository root from the route table and the zod schemas.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTs } from './load-ts.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const { buildOpenApi } = await loadTs('src/core/backend/openapi.ts');
writeFileSync(join(root, 'openapi.json'), `${JSON.stringify(buildOpenApi({ version }), null, 2)}\n`);
console.log('openapi.json written');
