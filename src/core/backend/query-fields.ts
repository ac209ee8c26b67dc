/**
 * The query string of a GET route, read back: which request fields travel there, which of them
 * are text (sent as they are) and which JSON (numbers, booleans, objects), as `queryString` in
 * routes.ts writes them. Used by the demo server and the OpenAPI document, not by the client.
 */
import { DvcError } from '../errors.js';
import { z } from '../schemas/zod.js';
import { pathParams, type Route } from './routes.js';

export interface QueryField {
  name: string;
  /**
   * `text`: sent as it is; `scalar`: a number or boolean, whose JSON is its plain form (`2`,
   * `true`); `json`: an object or array as JSON.
   */
  kind: 'text' | 'scalar' | 'json';
  required: boolean;
}

const kindOf = (type: unknown): QueryField['kind'] =>
  type === 'string' ? 'text' : type === 'integer' || type === 'number' || type === 'boolean' ? 'scalar' : 'json';

interface ObjectJsonSchema {
  properties?: Record<string, { type?: unknown }>;
  required?: string[];
}

const cache = new WeakMap<Route, QueryField[]>();

/** The request fields of a GET route that are not in its path; none for a POST. */
export function queryFields(route: Route): QueryField[] {
  if (route.method !== 'GET') return [];
  let fields = cache.get(route);
  if (fields === undefined) {
    const schema = z.toJSONSchema(route.request, { io: 'input', unrepresentable: 'any' }) as ObjectJsonSchema;
    const inPath = new Set(pathParams(route.path));
    fields = Object.entries(schema.properties ?? {})
      .filter(([name]) => !inPath.has(name))
      .map(([name, property]) => ({ name, kind: kindOf(property.type), required: schema.required?.includes(name) ?? false }));
    cache.set(route, fields);
  }
  return fields;
}

/** The request fields found in `params` (others are ignored); `invalid-input` naming a field whose JSON does not parse. */
export function readQuery(route: Route, params: URLSearchParams): Record<string, unknown> {
  const request: Record<string, unknown> = {};
  for (const { name, kind } of queryFields(route)) {
    const value = params.get(name);
    if (value === null) continue;
    if (kind === 'text') {
      request[name] = value;
      continue;
    }
    try {
      request[name] = JSON.parse(value);
    } catch {
      throw new DvcError('invalid-input', { fields: [name] });
    }
  }
  return request;
}
