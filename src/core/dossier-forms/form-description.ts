/**
 * The description of a procedure's online form (tờ khai and thành phần hồ sơ) as data: sections of
 * fields, repeatable groups, and the documents to attach. Labels are `{ vi, en }` data, picked by
 * the page's locale, so a procedure is added by writing a description, not code.
 */
import { feeLineSchema } from '../schemas/fees.js';
import { procedureCodeSchema } from '../schemas/identifiers.js';
import { z } from '../schemas/zod.js';

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

export const localizedTextSchema = z.object({ vi: text(2000), en: text(2000) });

/** Ids become answer keys and parts of element ids: letters and digits only, no dots. */
const idSchema = z.string().check(z.regex(/^[a-z][A-Za-z0-9]{0,39}$/));

/** What the session's consented profile can fill ("declare once"). */
export const PROFILE_KEYS = ['fullName', 'birthDate', 'idNumber', 'phone', 'email'] as const;
const profileKeySchema = z.enum(PROFILE_KEYS);

const fieldBase = {
  id: idSchema,
  label: localizedTextSchema,
  hint: z.optional(localizedTextSchema),
  required: z.optional(z.boolean()),
  /** An `autocomplete` token for the native input (`name`, `bday`, `tel`, `email`). */
  autocomplete: z.optional(z.string().check(z.regex(/^[a-z0-9 -]{1,60}$/))),
};

export const textFieldSchema = z.object({
  ...fieldBase,
  kind: z.enum(['text', 'textarea']),
  maxLength: z.optional(z.int().check(z.minimum(1), z.maximum(5000))),
  prefill: z.optional(profileKeySchema),
});

/** A date typed `dd/mm/yyyy`; `after` names another date field this one must come after. */
export const dateFieldSchema = z.object({
  ...fieldBase,
  kind: z.literal('date'),
  notFuture: z.optional(z.boolean()),
  after: z.optional(idSchema),
  /** The longest period the law allows from the `after` date, in months. */
  maxMonthsAfter: z.optional(z.int().check(z.minimum(1), z.maximum(1200))),
  prefill: z.optional(profileKeySchema),
});

export const selectFieldSchema = z.object({
  ...fieldBase,
  kind: z.literal('select'),
  options: z
    .array(z.object({ value: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)), label: localizedTextSchema }))
    .check(z.minLength(1), z.maxLength(100)),
});

/** Checked with the identifier parsers of `core/identifiers`. */
export const identifierFieldSchema = z.object({
  ...fieldBase,
  kind: z.literal('identifier'),
  identifier: z.enum(['id-number', 'cccd', 'phone', 'email']),
  prefill: z.optional(profileKeySchema),
});

/** The value of `<dvc-address-picker>`: province, commune, house number and street. */
export const addressFieldSchema = z.object({ ...fieldBase, kind: z.literal('address') });

const groupItemFieldSchema = z.discriminatedUnion('kind', [textFieldSchema, dateFieldSchema, selectFieldSchema, identifierFieldSchema]);

/** Rows of the same fields (household members), between `min` and `max` rows. */
export const groupFieldSchema = z.object({
  ...fieldBase,
  kind: z.literal('group'),
  /** The name of one row, numbered on screen ("Thành viên 2"). */
  itemLabel: localizedTextSchema,
  min: z.int().check(z.minimum(0), z.maximum(50)),
  max: z.int().check(z.minimum(1), z.maximum(50)),
  fields: z.array(groupItemFieldSchema).check(z.minLength(1), z.maxLength(10)),
});

export const formFieldSchema = z.discriminatedUnion('kind', [
  textFieldSchema,
  dateFieldSchema,
  selectFieldSchema,
  identifierFieldSchema,
  addressFieldSchema,
  groupFieldSchema,
]);

export const formSectionSchema = z.object({
  id: idSchema,
  title: localizedTextSchema,
  hint: z.optional(localizedTextSchema),
  fields: z.array(formFieldSchema).check(z.minLength(1), z.maxLength(40)),
});

/** One document of the dossier (thành phần hồ sơ), attached as files of the listed kinds. */
export const formDocumentSchema = z.object({
  id: idSchema,
  label: localizedTextSchema,
  hint: z.optional(localizedTextSchema),
  required: z.boolean(),
  /** Required only when a select field has one of these values. */
  requiredWhen: z.optional(z.object({ field: idSchema, values: z.array(z.string()).check(z.minLength(1)) })),
  multiple: z.boolean(),
  kinds: z.array(z.enum(['jpg', 'png', 'pdf', 'doc', 'docx', 'xls', 'xlsx'])).check(z.minLength(1)),
});

export const dossierFormSchema = z
  .object({
    procedureCode: procedureCodeSchema,
    name: localizedTextSchema,
    /** Căn cứ pháp lý: the legal texts the procedure rests on. */
    legalBasis: z.array(localizedTextSchema).check(z.maxLength(20)),
    sections: z.array(formSectionSchema).check(z.minLength(1), z.maxLength(20)),
    documents: z.array(formDocumentSchema).check(z.maxLength(20)),
    /** The fees filing online costs; the server sets the dossier's fee lines from them. */
    fees: z.array(feeLineSchema),
  })
  .check(
    z.refine((form) => {
      const ids = form.sections.flatMap((section) => section.fields.map((field) => field.id));
      return new Set(ids).size === ids.length;
    }, 'field ids must be unique'),
    z.refine((form) => {
      const keys = form.sections.flatMap((section) => section.fields.flatMap((field) => ('prefill' in field ? [field.prefill] : [])));
      return keys.includes('fullName') && keys.includes('idNumber');
    }, 'the applicant needs a full name and an ID number field'),
  );

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type ProfileKey = (typeof PROFILE_KEYS)[number];
export type FormField = z.infer<typeof formFieldSchema>;
export type GroupField = z.infer<typeof groupFieldSchema>;
export type GroupItemField = GroupField['fields'][number];
export type FormSection = z.infer<typeof formSectionSchema>;
export type FormDocument = z.infer<typeof formDocumentSchema>;
export type DossierForm = z.infer<typeof dossierFormSchema>;
