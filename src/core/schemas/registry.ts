/**
 * Names and descriptions for the OpenAPI document. A schema registered with an `id` becomes a
 * named component; one with only a description is documented wherever it is used.
 */
import { z } from './zod.js';

export interface SchemaDoc {
  id?: string;
  description?: string;
  /** The canonical form on the wire; validation itself is done by the identifier parsers. */
  pattern?: string;
  examples?: unknown[];
  [key: string]: unknown;
}

export const schemaRegistry = z.registry<SchemaDoc>();

export function documented<T extends z.core.$ZodType>(schema: T, doc: SchemaDoc): T {
  schemaRegistry.add(schema, doc);
  return schema;
}
