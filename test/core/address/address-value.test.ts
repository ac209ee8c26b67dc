import { expect } from '@open-wc/testing';
import { addressLine, formatAddress, parseAddressValue, splitAddressLine } from '../../../src/core/address/address-value.js';

describe('parseAddressValue', () => {
  it('reads JSON or an object, filling what is left out', () => {
    expect(parseAddressValue('{"provinceCode":"79","communeCode":"26743","street":"Lê Lợi"}')).to.deep.equal({
      provinceCode: '79',
      communeCode: '26743',
      houseNumber: '',
      street: 'Lê Lợi',
    });
    expect(parseAddressValue({ provinceCode: '01' })).to.deep.equal({ provinceCode: '01', communeCode: '', houseNumber: '', street: '' });
    expect(parseAddressValue('')).to.deep.equal({ provinceCode: '', communeCode: '', houseNumber: '', street: '' });
  });

  it('refuses malformed JSON, unknown provinces, malformed codes, wrong types and a commune without a province', () => {
    expect(parseAddressValue('{provinceCode:79}')).to.equal(undefined);
    expect(parseAddressValue('{"provinceCode":"02"}')).to.equal(undefined);
    expect(parseAddressValue('{"provinceCode":"01","communeCode":"70"}')).to.equal(undefined);
    expect(parseAddressValue('{"provinceCode":1}')).to.equal(undefined);
    expect(parseAddressValue('{"communeCode":"00070"}')).to.equal(undefined);
    expect(parseAddressValue('[]')).to.equal(undefined);
    expect(parseAddressValue(`{"provinceCode":"01","street":"${'x'.repeat(201)}"}`)).to.equal(undefined);
  });
});

describe('address lines', () => {
  it('joins house number and street, and the line with commune and province', () => {
    expect(addressLine({ houseNumber: ' 12 ', street: 'Lê Lợi' })).to.equal('12 Lê Lợi');
    expect(addressLine({ houseNumber: '', street: 'Thôn Đông' })).to.equal('Thôn Đông');
    expect(formatAddress('12 Lê Lợi', 'Phường Bến Thành', 'Thành phố Hồ Chí Minh')).to.equal(
      '12 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh',
    );
    expect(formatAddress('', undefined, 'Thành phố Huế')).to.equal('Thành phố Huế');
  });

  it('splits a leading house number from the street', () => {
    expect(splitAddressLine('Số 12 Lê Lợi')).to.deep.equal({ houseNumber: '12', street: 'Lê Lợi' });
    expect(splitAddressLine('12/3B, Nguyễn Trãi')).to.deep.equal({ houseNumber: '12/3B', street: 'Nguyễn Trãi' });
    expect(splitAddressLine('Ngõ 5 Láng Hạ')).to.deep.equal({ houseNumber: '', street: 'Ngõ 5 Láng Hạ' });
    expect(splitAddressLine('12')).to.deep.equal({ houseNumber: '', street: '12' });
  });
});
