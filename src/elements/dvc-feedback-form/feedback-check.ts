/**
 * The check of a feedback's answers against the request schema, the one the server uses, with the
 * messages of what it refuses. Loaded apart from the form: the schemas, zod and the messages are
 * not needed until the citizen continues.
 */
import { submitFeedbackRequestSchema } from '../../core/schemas/feedback.js';
import { z } from '../../core/schemas/zod.js';
import type { FeedbackField } from './feedback-text.js';
import { issueMessage } from './feedback-issue-messages.js';

const answersSchema = z.pick(submitFeedbackRequestSchema, {
  fullName: true,
  address: true,
  phone: true,
  email: true,
  title: true,
  content: true,
  captchaAnswer: true,
});

/** Each refused field with its message, in the schema's order. */
export function feedbackIssues(input: Record<string, string>): { field: FeedbackField; message: string }[] {
  const result = z.safeParse(answersSchema, input);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = String(issue.path[0]) as FeedbackField;
    return { field, message: issueMessage(issue.message, field) };
  });
}
