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
