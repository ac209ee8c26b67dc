import { expect } from '@open-wc/testing';
import { PROVINCES } from '../../../src/core/data/provinces.js';

describe('PROVINCES', () => {
  it('holds the 34 provincial units of 2025 with unique two-digit codes, as shipped in the CSV', async () => {
    expect(PROVINCES.length).to.equal(34);
    expect(new Set(PROVINCES.map((p) => p.code)).size).to.equal(34);
    expect(PROVINCES.every((p) => /^\d{2}$/.test(p.code))).to.equal(true);
    expect(PROVINCES.find((p) => p.code === '01')?.name).to.equal('Thành phố Hà Nội');
    const csv = await (await fetch('/data/admin-units-2025/provinces.csv')).text();
    const rows = csv.trim().split('\n').slice(1).map((line) => line.split(','));
    expect(PROVINCES.map((p) => [p.code, p.name])).to.deep.equal(rows);
  });
});
