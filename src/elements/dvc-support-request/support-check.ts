/**
 * The checks of a support request's typed answers: the question against the request schema (the
 * one the server uses), the name, the contact and the captcha by their parsers. Loaded apart
 * from the form: the schema, zod and the identifiers' messages are not needed until the citizen
 * continues.
 */
import { parseCaptcha, parseEmail, parseFullName, parsePhone } from '../../core/identifiers/index.js';
import { supportQuestionSchema } from '../../core/schemas/feedback.js';
import { z } from '../../core/schemas/zod.js';
import { errorMessage } from '../../i18n/messages.js';
import { questionMessage, type ContactChannel } from './support-text.js';

export interface TypedAnswers {
  question: string;
  fullName: string;
  contactChannel: ContactChannel | '';
  phone: string;
  email: string;
  captchaAnswer: string;
}

export type TypedField = 'question' | 'fullName' | 'phone' | 'email' | 'captchaAnswer';

/** The message of each typed answer that is refused; the contact only for the chosen channel. */
export function typedAnswerErrors(answers: TypedAnswers): Partial<Record<TypedField, string>> {
  const errors: Partial<Record<TypedField, string>> = {};
  const question = z.safeParse(supportQuestionSchema, answers.question);
  if (!question.success) errors.question = questionMessage(question.error.issues[0].message, !answers.question.trim());
  const name = parseFullName(answers.fullName);
  if (!name.ok) errors.fullName = errorMessage(name.error.code);
  const channel = answers.contactChannel;
  const contact = channel === 'phone' ? parsePhone(answers.phone) : parseEmail(answers.email);
  if (channel && !contact.ok) errors[channel] = errorMessage(contact.error.code);
  const captcha = parseCaptcha(answers.captchaAnswer);
  if (!captcha.ok) errors.captchaAnswer = errorMessage(captcha.error.code);
  return errors;
}
