/**
 * The check of a dataset's records against the procedure schema. Loaded apart from the element,
 * while the dataset is fetched: the schema and zod are not needed before the records are there.
 */
import { procedureSchema, withNamedAgency, type Procedure } from '../../core/schemas/procedure.js';
import { z } from '../../core/schemas/zod.js';
import { runStepsInSlices, type BuildSteps } from '../../core/search/build-steps.js';

export interface CheckedRecords {
  valid: Procedure[];
  /** Positions (from 0) of the records that were left out. */
  invalid: number[];
}

/** Checks every record, pausing often so that a large dataset is checked in short slices. */
function* checkSteps(records: readonly unknown[]): BuildSteps<CheckedRecords> {
  const valid: Procedure[] = [];
  const invalid: number[] = [];
  for (let i = 0; i < records.length; i += 1) {
    if (i % 100 === 99) yield;
    const parsed = z.safeParse(procedureSchema, records[i]);
    if (parsed.success) valid.push(withNamedAgency(parsed.data));
    else invalid.push(i);
  }
  return { valid, invalid };
}

export const checkRecords = (records: readonly unknown[]): Promise<CheckedRecords> => runStepsInSlices(checkSteps(records));
