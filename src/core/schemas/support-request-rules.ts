/**
 * What a support request may be about and how long its question may be, as plain values apart
 * from the schemas in `feedback.ts`, so a form can show them without loading zod.
 */
export const SUPPORT_CATEGORIES = ['portal', 'account', 'procedure', 'payment', 'other'] as const;

export const SUPPORT_QUESTION_MIN = 10;
/** A feedback's content limit (`FEEDBACK_CONTENT_MAX`). */
export const SUPPORT_QUESTION_MAX = 5000;
