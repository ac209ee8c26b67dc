/** A record of the national procedure database (thủ tục hành chính), as the sample dataset holds it. */
import { procedureCodeSchema } from './identifiers.js';
import { documented } from './registry.js';
import { z } from './zod.js';

export const PROCEDURE_LEVELS = ['Cấp bộ', 'Cấp tỉnh', 'Cấp xã', 'Cơ quan khác'] as const;

/** Capped generously: the published data holds whole paragraphs in some fields (an agency field of 1,900 characters). */
const text = (max: number) => z.string().check(z.maxLength(max));

export const procedureSchema = documented(
  z.object({
    code: procedureCodeSchema,
    name: text(5000).check(z.minLength(1)),
    /** Lĩnh vực. */
    sector: text(5000),
    /** Executing agency; empty when the source names none. */
    agency: text(5000),
    /** Cấp thực hiện; often several. */
    levels: z.array(z.enum(PROCEDURE_LEVELS)),
    /** Offered online (toàn trình or một phần). */
    online: z.boolean(),
    /** Đối tượng thực hiện. */
    subjects: z.array(text(5000)),
    /** Procedure type; empty when the source does not say. */
    type: text(5000),
    /** Province code of a provincial copy; absent on national procedures. */
    locality: z.optional(z.string().check(z.regex(/^\d{2,3}$/))),
  }),
  { id: 'Procedure' },
);

export type Procedure = z.infer<typeof procedureSchema>;
export type ProcedureLevel = (typeof PROCEDURE_LEVELS)[number];

/** What the published data writes where it names no executing agency (302 of its records). */
const NO_AGENCY = 'Không có thông tin';

/** A record as the elements read it: an agency the source does not name is empty, not a value to filter by. */
export const withNamedAgency = (procedure: Procedure): Procedure =>
  procedure.agency.trim() === NO_AGENCY ? { ...procedure, agency: '' } : procedure;
