import { expect } from '@open-wc/testing';
import { OLD_PROVINCES } from '../../../src/core/address/old-provinces.js';
import { recognizeProvince } from '../../../src/core/address/province-search.js';
import { PROVINCES } from '../../../src/core/data/provinces.js';

const csvRows = async (path: string) =>
  (await (await fetch(path)).text())
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));

describe('OLD_PROVINCES', () => {
  it('maps each of the 63 provinces before 2025 to one of the 34, and every new province has at least one', () => {
    expect(OLD_PROVINCES).to.have.length(63);
    const codes = new Set(PROVINCES.map((province) => province.code));
    for (const old of OLD_PROVINCES) expect(codes.has(old.provinceCode), old.name).to.equal(true);
    expect(new Set(OLD_PROVINCES.map((old) => old.provinceCode)).size).to.equal(34);
    // 11 provinces were left as they were; 23 new ones each merged two or three.
    const sizes = PROVINCES.map((province) => OLD_PROVINCES.filter((old) => old.provinceCode === province.code).length);
    expect(sizes.filter((size) => size === 1)).to.have.length(11);
    expect(sizes.filter((size) => size === 2)).to.have.length(17);
    expect(sizes.filter((size) => size === 3)).to.have.length(6);
  });

  it('matches the order of commune codes in the 2025 data, province by old province', async () => {
    // Old commune codes run in the order of the old province codes, and each 2025 commune kept
    // one of them: reading the communes in code order must meet the new provinces in the order
    // the table gives for the old ones. Hà Nội is left out: it holds communes whose codes come
    // from Hà Tây, Hòa Bình and Vĩnh Phúc, which it took in 2008.
    const communes = (await csvRows('/data/admin-units-2025/communes.csv')).sort((a, b) => Number(a[0]) - Number(b[0]));
    const collapse = (codes: string[]) => codes.filter((code, index) => code !== '01' && code !== codes[index - 1]);
    const fromData = collapse(communes.map(([, , provinceCode]) => provinceCode)).filter((code, index, all) => code !== all[index - 1]);
    const fromTable = collapse(OLD_PROVINCES.map((old) => old.provinceCode)).filter((code, index, all) => code !== all[index - 1]);
    expect(fromData).to.deep.equal(fromTable);
  });

  it('is recognised by every old name, with the old name kept when the province is now called otherwise', () => {
    for (const old of OLD_PROVINCES) {
      const match = recognizeProvince(old.name);
      expect(match?.province.code, old.name).to.equal(old.provinceCode);
      const renamed = PROVINCES.find((province) => province.code === old.provinceCode)!.name !== old.name;
      expect(match?.formerName, old.name).to.equal(renamed ? old.name : undefined);
    }
  });
});
