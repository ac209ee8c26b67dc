import { expect } from '@open-wc/testing';
import { recognizeProvince, searchProvinces } from '../../../src/core/address/province-search.js';

const names = (query: string, limit?: number) =>
  searchProvinces(query, limit).map((match) => (match.formerName ? `${match.province.name} < ${match.formerName}` : match.province.name));

describe('searchProvinces', () => {
  it('lists all 34 in Vietnamese alphabetical order for an empty query', () => {
    const all = names('');
    expect(all).to.have.length(34);
    expect(all.slice(0, 3)).to.deep.equal(['Tỉnh An Giang', 'Tỉnh Bắc Ninh', 'Tỉnh Cà Mau']);
  });

  it('matches with or without diacritics, by word starts, with or without the kind', () => {
    expect(names('ha noi')).to.deep.equal(['Thành phố Hà Nội']);
    expect(names('Hà Nội')).to.deep.equal(['Thành phố Hà Nội']);
    expect(names('tp ho chi')).to.deep.equal(['Thành phố Hồ Chí Minh']);
    expect(names('tinh khanh')[0]).to.equal('Tỉnh Khánh Hòa');
    expect(names('Thành phố Hải Phòng')).to.deep.equal(['Thành phố Hải Phòng']);
    expect(names('can th')).to.deep.equal(['Thành phố Cần Thơ']);
  });

  it('finds provinces by their names before 2025 and says which old name matched', () => {
    expect(names('binh duong')).to.deep.equal(['Thành phố Hồ Chí Minh < Tỉnh Bình Dương']);
    expect(names('Thừa Thiên Huế')).to.deep.equal(['Thành phố Huế < Tỉnh Thừa Thiên Huế']);
    expect(names('kien giang', 1)).to.deep.equal(['Tỉnh An Giang < Tỉnh Kiên Giang']);
    expect(names('quang')).to.deep.equal([
      'Tỉnh Quảng Ngãi',
      'Tỉnh Quảng Ninh',
      'Tỉnh Quảng Trị',
      'Thành phố Đà Nẵng < Tỉnh Quảng Nam',
      'Tỉnh Tuyên Quang',
    ]);
  });

  it('puts current names before old ones that fit as well, and the start of a name before its middle', () => {
    // "Hà Giang" sorts before "Hà Nội", but it is an old name.
    expect(names('ha', 4)).to.deep.equal(['Thành phố Hà Nội', 'Tỉnh Hà Tĩnh', 'Thành phố Hải Phòng', 'Tỉnh Tuyên Quang < Tỉnh Hà Giang']);
    expect(names('binh')[0]).to.equal('Thành phố Hồ Chí Minh < Tỉnh Bình Dương');
    // Four old provinces whose names start with "Bình", then Ninh Bình, then the old Hòa Bình,
    // and only then names one typo away ("Vĩnh").
    const binh = names('binh');
    expect(binh.indexOf('Tỉnh Ninh Bình')).to.equal(4);
    expect(binh[5]).to.equal('Tỉnh Phú Thọ < Tỉnh Hòa Bình');
    expect(binh.indexOf('Tỉnh Vĩnh Long')).to.be.greaterThan(5);
  });

  it('gets past leftover Telex keys and a typo in a long word', () => {
    expect(names('ddaf nang')[0]).to.equal('Thành phố Đà Nẵng');
    expect(names('khanhh hoa')[0]).to.equal('Tỉnh Khánh Hòa');
  });

  it('finds nothing for text that names no province', () => {
    expect(names('xyz')).to.deep.equal([]);
  });
});

describe('recognizeProvince', () => {
  it('takes only a whole name: current, old, earlier or everyday', () => {
    expect(recognizeProvince('Thành phố Hà Nội')?.province.code).to.equal('01');
    expect(recognizeProvince('ha noi')?.province.code).to.equal('01');
    expect(recognizeProvince('TP HCM')?.province.code).to.equal('79');
    expect(recognizeProvince('Sài Gòn')?.province.code).to.equal('79');
    expect(recognizeProvince('Tỉnh Đắk Nông')).to.deep.include({ formerName: 'Tỉnh Đắk Nông' });
    expect(recognizeProvince('Tỉnh Đắk Nông')?.province.name).to.equal('Tỉnh Lâm Đồng');
    expect(recognizeProvince('Hà')).to.equal(undefined);
    expect(recognizeProvince('Thành phố Thủ Dầu Một')).to.equal(undefined);
  });
});
