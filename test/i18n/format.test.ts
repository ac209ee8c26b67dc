import { expect } from '@open-wc/testing';
import { formatCountdown, formatDate, formatMoney } from '../../src/i18n/format.js';

describe('format', () => {
  it('formats đồng the Vietnamese and the English way', () => {
    expect(formatMoney(1_250_000, 'vi').replace(/\s/g, ' ')).to.equal('1.250.000 ₫');
    expect(formatMoney(1_250_000, 'en')).to.equal('₫1,250,000');
    expect(formatMoney(0, 'vi').replace(/\s/g, ' ')).to.equal('0 ₫');
  });

  it('writes dates as dd/mm/yyyy in both languages', () => {
    const date = new Date(2026, 1, 5);
    expect(formatDate(date, 'vi')).to.equal('05/02/2026');
    expect(formatDate(date, 'en')).to.equal('05/02/2026');
  });

  it('writes a countdown as minutes and seconds, never negative', () => {
    expect(formatCountdown(299.2)).to.equal('5:00');
    expect(formatCountdown(65)).to.equal('1:05');
    expect(formatCountdown(-3)).to.equal('0:00');
  });
});
