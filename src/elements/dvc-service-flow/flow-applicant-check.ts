/**
 * The check of the applicant's answers against the dossier schema, the one the server uses, with
 * the messages of what it refuses. Loaded apart from the flow: the schemas, zod and the
 * identifier messages are not needed until a dossier is filed.
 */
import { applicantSchema, type Applicant } from '../../core/schemas/dossier.js';
import { z } from '../../core/schemas/zod.js';
import { errorMessage } from '../../i18n/messages.js';

export type ApplicantCheck = { ok: true; applicant: Applicant } | { ok: false; issues: { field: string; message: string }[] };

export function checkApplicant(candidate: Record<string, string>): ApplicantCheck {
  const parsed = z.safeParse(applicantSchema, candidate);
  if (parsed.success) return { ok: true, applicant: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => {
      const field = String(issue.path[0] ?? '');
      // The schemas' messages are identifier codes (`phone.invalid`); a missing field has none.
      return { field, message: errorMessage(issue.message || `${field}.required`) };
    }),
  };
}
