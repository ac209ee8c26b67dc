/**
 * The check of the details step's answers against the method's schema, the one the server uses.
 * Loaded apart from the wizard: the schemas and zod are a large part of its weight and are not
 * needed to show the first step.
 */
import type { RegistrationMethod } from '../../core/events.js';
import { registrationFieldSchemas } from '../../core/schemas/registration.js';
import { z } from '../../core/schemas/zod.js';
import { errorMessage } from '../../i18n/messages.js';
import { fieldsOf } from './wizard-details.js';
import { CAPTCHA_METHODS } from './wizard-fields.js';
import type { Activation, ErrorKey, Errors, Values } from './wizard-types.js';

/**
 * Checks the details against the method's schema: the errors in on-screen order, and the fields
 * in canonical form once they pass. A captcha is checked only when one is asked.
 */
export function validateDetails(
  method: RegistrationMethod,
  answers: { values: Values; activation: Activation; captchaAnswer: string | null },
): { errors: Errors; fields: Record<string, string> } {
  const input: Record<string, string> = {};
  for (const field of fieldsOf(method)) {
    const value = answers.values[field.name] ?? '';
    if (value.trim() !== '' || field.required) input[field.name] = value;
  }
  if (method === 'vnpost') input.activation = answers.activation;
  const { captchaAnswer } = answers;
  if (captchaAnswer !== null) input.captchaAnswer = captchaAnswer;
  // Without a captcha to check, stand in a valid answer so only the other fields are judged.
  const checked = captchaAnswer === null && CAPTCHA_METHODS.has(method) ? { ...input, captchaAnswer: 'x' } : input;
  const result = z.safeParse(registrationFieldSchemas[method] as z.ZodMiniType, checked);
  const errors: Errors = {};
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '') as ErrorKey;
      if (key && !errors[key]) errors[key] = errorMessage(issue.message);
    }
  }
  const order: ErrorKey[] = [...fieldsOf(method).map((field) => field.name), 'activation', 'captchaAnswer'];
  const sorted = Object.fromEntries(order.filter((key) => errors[key]).map((key) => [key, errors[key]!]));
  return { errors: sorted, fields: result.success ? (result.data as Record<string, string>) : {} };
}
