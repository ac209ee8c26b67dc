import { expect } from '@open-wc/testing';
import { PROCEDURE_LEVELS } from '../../../src/core/schemas/procedure.js';
import { z } from '../../../src/core/schemas/zod.js';
import { LEVEL_ORDER } from '../../../src/elements/dvc-procedure-search/procedure-search-views.js';
import { isSelectedFilters } from '../../../src/elements/dvc-procedure-search/search-filters.js';

/** The schema the `filters` property and attribute were checked with: the check must agree with it. */
const values = z.optional(z.array(z.string().check(z.maxLength(5000))).check(z.maxLength(100)));
const selectedFiltersSchema = z.strictObject({
  sector: values,
  level: values,
  online: z.optional(z.array(z.enum(['true', 'false']))),
  agency: values,
  subjects: values,
});

const many = (count: number, value = 'x') => Array.from({ length: count }, () => value);

const CASES: [string, unknown][] = [
  ['empty', {}],
  ['every field', { sector: ['Hộ tịch'], level: ['Cấp xã'], online: ['true', 'false'], agency: ['UBND'], subjects: ['Công dân'] }],
  ['fields left undefined', { sector: undefined, online: undefined }],
  ['empty lists', { sector: [], online: [] }],
  ['100 values', { agency: many(100) }],
  ['101 values', { agency: many(101) }],
  ['many online values', { online: many(150, 'true') }],
  ['a value of 5000 characters', { sector: ['a'.repeat(5000)] }],
  ['a value of 5001 characters', { sector: ['a'.repeat(5001)] }],
  ['an unknown field', { colour: ['red'] }],
  ['online as a boolean', { online: [true] }],
  ['online as another word', { online: ['yes'] }],
  ['a number among values', { level: ['Cấp xã', 3] }],
  ['a string instead of a list', { sector: 'Hộ tịch' }],
  ['null for a field', { sector: null }],
  ['null', null],
  ['an array', [['sector', 'Hộ tịch']]],
  ['a string', 'sector'],
  ['a number', 4],
];

describe('<dvc-procedure-search> filter values', () => {
  for (const [name, value] of CASES)
    it(`are checked as the schema does: ${name}`, () => {
      expect(isSelectedFilters(value)).to.equal(z.safeParse(selectedFiltersSchema, value).success);
    });

  it('list the levels in the schema’s order', () => {
    expect(LEVEL_ORDER).to.deep.equal(PROCEDURE_LEVELS);
  });
});
