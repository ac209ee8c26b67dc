import { expect } from '@open-wc/testing';
import { formatVnDate, isCalendarDate, parseVnDate, toIsoDate } from '../../../src/core/identifiers/date.js';

const failed = (code: string) => ({ ok: false, error: { code } });
const date = (day: number, month: number, year: number) => ({ ok: true, value: { day, month, year } });

describe('identifiers/parseVnDate', () => {
  it('reads dd/mm/yyyy and d/m/yyyy', () => {
    expect(parseVnDate('05/09/1990')).to.deep.equal(date(5, 9, 1990));
    expect(parseVnDate('5/9/1990')).to.deep.equal(date(5, 9, 1990));
    expect(parseVnDate('15/9/1990')).to.deep.equal(date(15, 9, 1990));
  });

  it('accepts - and . as the separator', () => {
    expect(parseVnDate('05-09-1990')).to.deep.equal(date(5, 9, 1990));
    expect(parseVnDate('05.09.1990')).to.deep.equal(date(5, 9, 1990));
    expect(parseVnDate('05\u201309\u20131990')).to.deep.equal(date(5, 9, 1990));
  });

  it('reads spaces, full-width and Arabic-Indic digits and invisible characters', () => {
    expect(parseVnDate(' 05 / 09 / 1990 ')).to.deep.equal(date(5, 9, 1990));
    expect(parseVnDate('０５／０９／１９９０')).to.deep.equal(date(5, 9, 1990));
    expect(parseVnDate('٠٥/٠٩/١٩٩٠')).to.deep.equal(date(5, 9, 1990));
    expect(parseVnDate('05/\u200B09/1990')).to.deep.equal(date(5, 9, 1990));
  });

  it('refuses other shapes', () => {
    expect(parseVnDate('')).to.deep.equal(failed('date.required'));
    for (const text of [
      '05/09-1990',
      '05/09/90',
      '1990-09-05',
      '05091990',
      '005/09/1990',
      '05/09/19900',
      '05 09 1990',
      'ngày 5/9/1990',
      '5/9',
    ]) {
      expect(parseVnDate(text), text).to.deep.equal(failed('date.format'));
    }
  });

  it('checks the calendar: month lengths, 31/02, and leap years', () => {
    expect(parseVnDate('31/02/2024')).to.deep.equal(failed('date.calendar'));
    expect(parseVnDate('30/02/2024')).to.deep.equal(failed('date.calendar'));
    expect(parseVnDate('29/02/2024')).to.deep.equal(date(29, 2, 2024));
    expect(parseVnDate('29/02/2023')).to.deep.equal(failed('date.calendar'));
    expect(parseVnDate('28/02/2023')).to.deep.equal(date(28, 2, 2023));
    expect(parseVnDate('29/02/2000')).to.deep.equal(date(29, 2, 2000));
    expect(parseVnDate('29/02/1900')).to.deep.equal(failed('date.calendar'));
    expect(parseVnDate('31/04/2024')).to.deep.equal(failed('date.calendar'));
    expect(parseVnDate('30/04/2024')).to.deep.equal(date(30, 4, 2024));
    expect(parseVnDate('31/12/2024')).to.deep.equal(date(31, 12, 2024));
    expect(parseVnDate('00/01/2024')).to.deep.equal(failed('date.calendar'));
    expect(parseVnDate('01/00/2024')).to.deep.equal(failed('date.calendar'));
    expect(parseVnDate('01/13/2024')).to.deep.equal(failed('date.calendar'));
    expect(parseVnDate('01/01/0000')).to.deep.equal(failed('date.calendar'));
  });

  it('allows future dates unless asked not to', () => {
    const today = new Date(2025, 5, 15, 23, 59);
    expect(parseVnDate('01/01/2999')).to.deep.equal(date(1, 1, 2999));
    expect(parseVnDate('16/06/2025', { rejectFuture: true, today })).to.deep.equal(failed('date.future'));
    expect(parseVnDate('01/01/2026', { rejectFuture: true, today })).to.deep.equal(failed('date.future'));
    expect(parseVnDate('15/06/2025', { rejectFuture: true, today })).to.deep.equal(date(15, 6, 2025));
    expect(parseVnDate('14/07/2024', { rejectFuture: true, today })).to.deep.equal(date(14, 7, 2024));
    expect(parseVnDate('01/01/2999', { rejectFuture: true })).to.deep.equal(failed('date.future'));
  });

  it('checks the calendar before the future', () => {
    expect(parseVnDate('31/02/2999', { rejectFuture: true })).to.deep.equal(failed('date.calendar'));
  });
});

describe('identifiers/date helpers', () => {
  it('isCalendarDate', () => {
    expect(isCalendarDate({ day: 29, month: 2, year: 2024 })).to.equal(true);
    expect(isCalendarDate({ day: 29, month: 2, year: 2100 })).to.equal(false);
    expect(isCalendarDate({ day: 31, month: 6, year: 2024 })).to.equal(false);
  });

  it('formatVnDate and toIsoDate pad every part', () => {
    expect(formatVnDate({ day: 5, month: 9, year: 1990 })).to.equal('05/09/1990');
    expect(toIsoDate({ day: 5, month: 9, year: 1990 })).to.equal('1990-09-05');
  });
});
