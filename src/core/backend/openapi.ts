/**
 * The OpenAPI 3.1 document of the HTTP contract, generated from the route table and the zod
 * schemas, so the document, the client and the demo server cannot drift apart. Every request and
 * response schema is a named component (its `id` in the schema registry).
 */
import type { DvcErrorCode } from '../errors.js';
import { schemaRegistry } from '../schemas/registry.js';
import { z } from '../schemas/zod.js';
import { statusForCode } from './http-status.js';
import { queryFields } from './query-fields.js';
import { BACKEND_CALLS, pathParams, routes, type Route } from './routes.js';

type JsonObject = Record<string, unknown>;

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers: { url: string; description: string }[];
  paths: Record<string, Record<string, JsonObject>>;
  components: { schemas: Record<string, JsonObject> };
}

/** Codes any call can meet, besides its own. */
const COMMON_ERRORS: readonly DvcErrorCode[] = ['invalid-input', 'rate-limited', 'server'];

const RETRY_NOTES: Record<Route['retry'], string> = {
  safe: 'Safe to retry.',
  'idempotency-key': 'Safe to retry with the same idempotencyKey: the first result is returned again.',
  never: 'Not retried automatically: repeating it may act twice.',
};

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

function idOf(schema: z.core.$ZodType): string {
  const id = schemaRegistry.get(schema)?.id;
  if (id === undefined) throw new Error('Every route schema needs an id in the schema registry.');
  return id;
}

function errorResponses(route: Route): Record<string, JsonObject> {
  const byStatus = new Map<number, DvcErrorCode[]>();
  for (const code of [...COMMON_ERRORS, ...route.errors]) {
    const status = statusForCode(code);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, codes]) => [
      String(status),
      { description: `error.code: ${codes.join(', ')}`, content: { 'application/json': { schema: ref('ErrorBody') } } },
    ]),
  );
}

export function buildOpenApi({ version = '0.0.0' }: { version?: string } = {}): OpenApiDocument {
  const { schemas } = z.toJSONSchema(schemaRegistry, {
    metadata: schemaRegistry,
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
  });
  // Component schemas sit inside the OpenAPI document: no $schema or $id of their own.
  const components = Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _schema, $id: _id, ...schema }]) => [id, schema as JsonObject]),
  );

  const paths: OpenApiDocument['paths'] = {};
  for (const call of BACKEND_CALLS) {
    const route: Route = routes[call];
    // A binary route's request is the file itself, described below rather than as a component.
    const requestId = route.body === 'binary' ? undefined : idOf(route.request);
    const requestProperties = (requestId === undefined ? {} : (components[requestId]?.properties ?? {})) as Record<string, JsonObject>;
    const operation: JsonObject = {
      operationId: call,
      summary: route.summary,
      description: RETRY_NOTES[route.retry],
      responses: {
        '200': { description: 'Success', content: { 'application/json': { schema: ref(idOf(route.response)) } } },
        ...errorResponses(route),
      },
    };
    if (route.method === 'GET') {
      operation.parameters = [
        ...pathParams(route.path).map((name) => ({ name, in: 'path', required: true, schema: requestProperties[name] })),
        // Text, numbers and booleans in their plain form; objects and arrays as JSON (`queryString` in routes.ts).
        ...queryFields(route).map(({ name, kind, required }) => ({
          name,
          in: 'query',
          required,
          ...(kind === 'json'
            ? { content: { 'application/json': { schema: requestProperties[name] } } }
            : { schema: requestProperties[name] }),
        })),
      ];
    } else if (requestId === undefined) {
      operation.parameters = [
        { name: 'x-file-name', in: 'header', required: true, description: 'The file name, URL-encoded.', schema: { type: 'string' } },
      ];
      operation.requestBody = {
        required: true,
        description: `The file's bytes, at most ${route.maxBodyBytes ?? 'the default'} bytes; Content-Type is the file's type.`,
        content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
      };
    } else {
      operation.requestBody = { required: true, content: { 'application/json': { schema: ref(requestId) } } };
    }
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation;
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'dvc-elements backend contract',
      version,
      description:
        'The calls the dvc-elements web components make to a National Public Service Portal backend. ' +
        'Failures answer { "error": { "code", "fields"?, "retryAfter"?, "attemptsLeft"? } } with the codes listed per status. ' +
        'Passwords, one-time codes and captcha answers travel only in POST bodies.',
    },
    servers: [{ url: '/api', description: 'The demo server of `npm start`' }],
    paths,
    components: { schemas: components },
  };
}
