import { DvcError } from '../errors.js';
import { z } from './zod.js';

/** The dotted paths of the fields a parse refused, each once, in order. */
export function issueFields(issues: readonly z.core.$ZodIssue[]): string[] {
  return [...new Set(issues.map((issue) => issue.path.map(String).join('.') || '(root)'))];
}

/**
 * The parsed (canonical) value, or `DvcError('invalid-input')` naming the refused fields. Used on
 * both sides of the wire, so a bad request fails the same way with or without a server.
 */
export function validate<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  const result = z.safeParse(schema, input);
  if (result.success) return result.data;
  throw new DvcError('invalid-input', { fields: issueFields(result.error.issues) });
}

/**
 * A value a page gives an element, as it is or as JSON text in an attribute, checked against
 * `schema`; `undefined` when it is not valid JSON or not valid.
 */
export function parseGiven<S extends z.ZodMiniType>(schema: S, value: unknown): z.output<S> | undefined {
  let input = value;
  if (typeof value === 'string') {
    try {
      input = JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  }
  const parsed = z.safeParse(schema, input);
  return parsed.success ? parsed.data : undefined;
}
