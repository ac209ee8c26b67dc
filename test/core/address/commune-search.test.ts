import { expect } from '@open-wc/testing';
import { createCommuneIndex, type CommuneIndex } from '../../../src/core/address/commune-search.js';
import { loadCommunes, parseCommunesData } from '../../../src/core/data/communes.js';

let index: CommuneIndex;
const names = (query: string, options?: { provinceCode?: string; limit?: number }) =>
  index.search(query, options).map((match) => `${match.unit.name}/${match.unit.provinceCode}`);

describe('loadCommunes', () => {
  it('gives the 3,321 communes of the shipped CSV, with their kind, once for every caller', async () => {
    const first = loadCommunes();
    expect(loadCommunes()).to.equal(first);
    const communes = await first;
    const csv = (await (await fetch('/data/admin-units-2025/communes.csv')).text()).trim().split('\n').slice(1);
    expect(communes.map((commune) => [commune.code, commune.name, commune.provinceCode].join(','))).to.deep.equal(csv);
    expect(communes.filter((commune) => commune.kind === 'phuong')).to.have.length(687);
    expect(communes.filter((commune) => commune.kind === 'xa')).to.have.length(2621);
    expect(communes.filter((commune) => commune.kind === 'dac-khu')).to.have.length(13);
  });

  it('refuses a malformed data line instead of inventing communes', () => {
    expect(() => parseCommunesData('01|4PBa Đình|oops')).to.throw(/malformed commune entry "oops"/);
  });
});

describe('createCommuneIndex', () => {
  before(async () => {
    index = createCommuneIndex(await loadCommunes());
  });

  it('finds a commune with or without diacritics, with or without its kind', () => {
    expect(names('ben thanh')).to.deep.equal(['Phường Bến Thành/79']);
    expect(names('Bến Thành')).to.deep.equal(['Phường Bến Thành/79']);
    expect(names('p ben thanh')).to.deep.equal(['Phường Bến Thành/79']);
    expect(names('dac khu con co')).to.deep.equal(['Đặc khu Cồn Cỏ/44']);
  });

  it('ranks names with the diacritics the user typed first', () => {
    expect(names('Ba Đình', { limit: 2 })).to.deep.equal(['Phường Ba Đình/01', 'Xã Ba Đình/38']);
    expect(names('Ba Dinh', { limit: 1 })).to.deep.equal(['Xã Ba Dinh/51']);
  });

  it('gets past leftover Telex keys and one typo in a long word', () => {
    expect(names('beens thanhf')).to.deep.equal(['Phường Bến Thành/79']);
    expect(names('hoan kiemm')).to.deep.equal(['Phường Hoàn Kiếm/01']);
  });

  it('searches one province when asked, word starts in name order', () => {
    expect(names('ba', { provinceCode: '01', limit: 3 })).to.deep.equal(['Phường Ba Đình/01', 'Xã Ba Vì/01', 'Phường Bạch Mai/01']);
    expect(names('ben thanh', { provinceCode: '01' })).to.deep.equal([]);
  });

  it('lists a province in Vietnamese alphabetical order and finds communes by code', () => {
    const hanoi = index.inProvince('01');
    expect(hanoi).to.have.length(126);
    expect(hanoi.slice(0, 3).map((commune) => commune.name)).to.deep.equal(['Xã An Khánh', 'Phường Ba Đình', 'Xã Ba Vì']);
    expect(index.byCode('00070')?.name).to.equal('Phường Hoàn Kiếm');
    expect(index.byCode('99999')).to.equal(undefined);
    expect(index.inProvince('00')).to.deep.equal([]);
  });
});
