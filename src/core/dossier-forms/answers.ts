/**
 * The answers to a dossier form on the wire: by field id, a text, an address, or the rows of a
 * group; and the attachment ids of each document. Shapes only: `checkAnswers` judges the content
 * against the procedure's description.
 */
import { addressValueSchema, type AddressValue } from '../address/address-value.js';
import { handleSchema } from '../schemas/common.js';
import { z } from '../schemas/zod.js';

const answerTextSchema = z.string().check(z.maxLength(5000));
const rowSchema = z.record(z.string().check(z.regex(/^[a-z][A-Za-z0-9]{0,39}$/)), z.string().check(z.maxLength(500)));

export const dossierAnswersSchema = z
  .record(
    z.string().check(z.regex(/^[a-z][A-Za-z0-9]{0,39}$/)),
    z.union([answerTextSchema, addressValueSchema, z.array(rowSchema).check(z.maxLength(50))]),
  )
  .check(z.refine((answers) => Object.keys(answers).length <= 200, 'too many answers'));

export const dossierDocumentsSchema = z
  .record(z.string().check(z.regex(/^[a-z][A-Za-z0-9]{0,39}$/)), z.array(handleSchema).check(z.maxLength(20)))
  .check(z.refine((documents) => Object.keys(documents).length <= 20, 'too many documents'));

export type GroupRow = Record<string, string>;
export type Answer = string | Partial<AddressValue> | GroupRow[];
export type DossierAnswers = Record<string, Answer>;
/** Attachment ids by document id. */
export type DossierDocuments = Record<string, string[]>;
