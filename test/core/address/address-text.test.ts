import { expect } from '@open-wc/testing';
import { recognizeAddress } from '../../../src/core/address/address-text.js';
import { createCommuneIndex, type CommuneIndex } from '../../../src/core/address/commune-search.js';
import { loadCommunes } from '../../../src/core/data/communes.js';

describe('recognizeAddress', () => {
  let communes: CommuneIndex;
  before(async () => {
    communes = createCommuneIndex(await loadCommunes());
  });

  it('reads an address written in the 2025 units', () => {
    expect(recognizeAddress('Số 1 Tràng Tiền, Phường Hoàn Kiếm, Thành phố Hà Nội', communes)).to.deep.equal({
      provinceCode: '01',
      communeCode: '00070',
      line: 'Số 1 Tràng Tiền',
    });
  });

  it('reads abbreviations and drops the old district', () => {
    expect(recognizeAddress('12 Lê Lợi, P. Bến Thành, Q.1, TP HCM', communes)).to.deep.equal({
      provinceCode: '79',
      communeCode: '26743',
      line: '12 Lê Lợi',
    });
    expect(recognizeAddress('Ấp 2, xã Đất Mũi, huyện Ngọc Hiển, tỉnh Cà Mau', communes)).to.deep.equal({
      provinceCode: '96',
      communeCode: '32248',
      line: 'Ấp 2',
    });
  });

  it('maps an address written before the merger to the new province and keeps the old name', () => {
    expect(recognizeAddress('Số 5 Yersin, Phường Phú Cường, Thành phố Thủ Dầu Một, Tỉnh Bình Dương', communes)).to.deep.equal({
      provinceCode: '79',
      communeCode: '',
      line: 'Số 5 Yersin',
      formerProvinceName: 'Tỉnh Bình Dương',
    });
  });

  it('gives nothing when no province is named', () => {
    expect(recognizeAddress('12 Lê Lợi, Phường Bến Thành', communes)).to.equal(undefined);
    expect(recognizeAddress('', communes)).to.equal(undefined);
  });
});
