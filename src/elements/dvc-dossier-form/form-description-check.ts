/**
 * The check of a form description a page gives, against the description schema. Loaded only when
 * a page gives one: the shipped forms need no check, and the schema needs zod.
 */
import { dossierFormSchema, type DossierForm } from '../../core/dossier-forms/form-description.js';
import { z } from '../../core/schemas/zod.js';

/** The description as the schema reads it, or undefined when it is not a valid one. */
export function parseFormDescription(input: unknown): DossierForm | undefined {
  const parsed = z.safeParse(dossierFormSchema, input);
  return parsed.success ? parsed.data : undefined;
}
