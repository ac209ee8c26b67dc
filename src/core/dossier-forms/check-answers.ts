/**
 * Judges a set of answers against a form description, the same way in the browser and on the
 * server: required fields, dates (calendar, not in the future, a period's end after its start and
 * within the law's limit), identifiers by their parsers, options, group sizes, and documents.
 * Returns error codes keyed by field (`members.1.idNumber`, `documents.proof`); empty when valid.
 */
import type { AttachmentKind } from '../attachments/file-signature.js';
import { parseEmail, parseIdNumber, parsePhone, parseVnDate, parseCccd, type VnDate } from '../identifiers/index.js';
import type { Result } from '../result.js';
import type { Answer, DossierAnswers, GroupRow } from './answers.js';
import type { DossierForm, FormField, GroupItemField } from './form-description.js';
import { documentRequired, formFields } from './form-fields.js';

export { documentRequired, formFields };

export type AnswerErrors = Record<string, string>;

export interface CheckOptions {
  /** "Today" for dates that may not be in the future; default now. */
  today?: Date;
}

const PARSERS: Record<string, (input: string) => Result<unknown>> = {
  'id-number': parseIdNumber,
  cccd: parseCccd,
  phone: parsePhone,
  email: parseEmail,
};

const DEFAULT_TEXT_MAX = 500;
const ordinal = ({ day, month, year }: VnDate): number => year * 10_000 + month * 100 + day;

/** The last day of a period of `months` from `start` (2 years from 15/03/2025 runs to 15/03/2027). */
function addMonths({ day, month, year }: VnDate, months: number): VnDate {
  const total = year * 12 + (month - 1) + months;
  const lastDay = new Date(Date.UTC(Math.floor(total / 12), (total % 12) + 1, 0)).getUTCDate();
  return { day: Math.min(day, lastDay), month: (total % 12) + 1, year: Math.floor(total / 12) };
}

/** The code for one text-valued field, or '' when it is fine. Dates parsed here feed the period rules. */
function checkValue(field: FormField | GroupItemField, raw: string, today: Date, dates: Map<string, VnDate>, key: string): string {
  const value = raw.trim();
  if (value === '') return field.required ? 'required' : '';
  switch (field.kind) {
    case 'text':
    case 'textarea':
      return value.length > (field.maxLength ?? DEFAULT_TEXT_MAX) ? 'text.too-long' : '';
    case 'select':
      return field.options.some((option) => option.value === value) ? '' : 'option.invalid';
    case 'identifier': {
      const parsed = PARSERS[field.identifier](value);
      return parsed.ok ? '' : parsed.error.code;
    }
    case 'date': {
      const parsed = parseVnDate(value, { rejectFuture: field.notFuture, today });
      if (!parsed.ok) return parsed.error.code;
      dates.set(key, parsed.value);
      return '';
    }
    default:
      return 'answer.invalid';
  }
}

/** A period's end after its start and no longer than the law allows. */
function checkPeriods(fields: readonly (FormField | GroupItemField)[], dates: Map<string, VnDate>, prefix: string, errors: AnswerErrors) {
  for (const field of fields) {
    if (field.kind !== 'date' || !field.after) continue;
    const end = dates.get(prefix + field.id);
    const start = dates.get(prefix + field.after);
    if (!end || !start) continue;
    if (ordinal(end) <= ordinal(start)) errors[prefix + field.id] = 'period.order';
    else if (field.maxMonthsAfter && ordinal(end) > ordinal(addMonths(start, field.maxMonthsAfter)))
      errors[prefix + field.id] = 'period.too-long';
  }
}

/** An address needs province, commune, and a house number or street; a half-filled one is incomplete. */
function checkAddress(answer: Answer | undefined, required: boolean): string {
  if (answer === undefined || answer === '') return required ? 'required' : '';
  if (typeof answer !== 'object' || Array.isArray(answer)) return 'answer.invalid';
  if (answer.provinceCode && answer.communeCode && (answer.houseNumber?.trim() || answer.street?.trim())) return '';
  if (Object.values(answer).some((part) => part?.trim())) return 'address.incomplete';
  return required ? 'required' : '';
}

function checkGroup(field: Extract<FormField, { kind: 'group' }>, rows: GroupRow[], today: Date, errors: AnswerErrors) {
  if (rows.length < field.min) errors[field.id] = 'group.min';
  if (rows.length > field.max) errors[field.id] = 'group.max';
  rows.forEach((row, index) => {
    const prefix = `${field.id}.${index}.`;
    const dates = new Map<string, VnDate>();
    for (const key of Object.keys(row)) if (!field.fields.some((item) => item.id === key)) errors[prefix + key] = 'answer.unknown';
    for (const item of field.fields) {
      const code = checkValue(item, row[item.id] ?? '', today, dates, prefix + item.id);
      if (code) errors[prefix + item.id] = code;
    }
    checkPeriods(field.fields, dates, prefix, errors);
  });
}

/**
 * `documents` gives the kinds of the files attached to each document (by extension in the
 * browser, by content on the server).
 */
export function checkAnswers(
  form: DossierForm,
  answers: DossierAnswers,
  documents: Record<string, readonly (AttachmentKind | null)[]> = {},
  options: CheckOptions = {},
): AnswerErrors {
  const today = options.today ?? new Date();
  const errors: AnswerErrors = {};
  const fields = formFields(form);
  const dates = new Map<string, VnDate>();
  for (const key of Object.keys(answers)) if (!fields.some((field) => field.id === key)) errors[key] = 'answer.unknown';
  for (const field of fields) {
    const answer = answers[field.id];
    if (field.kind === 'group') {
      if (answer !== undefined && !Array.isArray(answer)) errors[field.id] = 'answer.invalid';
      else checkGroup(field, answer ?? [], today, errors);
    } else if (field.kind === 'address') {
      const code = checkAddress(answer, field.required ?? false);
      if (code) errors[field.id] = code;
    } else if (answer !== undefined && typeof answer !== 'string') {
      errors[field.id] = 'answer.invalid';
    } else {
      const code = checkValue(field, answer ?? '', today, dates, field.id);
      if (code) errors[field.id] = code;
    }
  }
  checkPeriods(fields, dates, '', errors);
  for (const key of Object.keys(documents))
    if (!form.documents.some((document) => document.id === key)) errors[`documents.${key}`] = 'document.unknown';
  for (const document of form.documents) {
    const kinds = documents[document.id] ?? [];
    const key = `documents.${document.id}`;
    if (kinds.length === 0 && documentRequired(form, document.id, answers)) errors[key] = 'document.required';
    else if (kinds.length > 1 && !document.multiple) errors[key] = 'document.single';
    else if (kinds.some((kind) => kind === null || !document.kinds.includes(kind))) errors[key] = 'document.type';
  }
  return errors;
}
