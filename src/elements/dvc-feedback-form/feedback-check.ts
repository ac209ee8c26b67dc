/**
 * The check of a feedback's answers against the request schema, the one the server uses. Loaded
 * apart from the form: the schemas and zod are not needed until the citizen continues.
 */
import { submitFeedbackRequestSchema } from '../../core/schemas/feedback.js';
import { z } from '../../core/schemas/zod.js';

const answersSchema = z.pick(submitFeedbackRequestSchema, {
  fullName: true,
  address: true,
  phone: true,
  email: true,
  title: true,
  content: true,
  captchaAnswer: true,
});

/** Each refused field with the schema's message code, in the schema's order. */
export function feedbackIssues(input: Record<string, string>): { field: string; code: string }[] {
  const result = z.safeParse(answersSchema, input);
  return result.success ? [] : result.error.issues.map((issue) => ({ field: String(issue.path[0]), code: issue.message }));
}
