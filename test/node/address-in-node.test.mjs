// Addresses from `dvc-elements/core` in Node 20: a server can read and check the picker's value
// with the same data and search the element uses.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadTs } from '../../scripts/load-ts.mjs';

const core = await loadTs('src/core/index.ts');

describe('addresses in Node', () => {
  it('loads the 3,321 communes and searches them', async () => {
    const communes = await core.loadCommunes();
    assert.equal(communes.length, 3321);
    const index = core.createCommuneIndex(communes);
    assert.equal(index.search('ben thanh', { limit: 1 })[0].unit.name, 'Phường Bến Thành');
  });

  it('maps an old province and reads a value', async () => {
    assert.equal(core.recognizeProvince('Tỉnh Bình Dương').province.name, 'Thành phố Hồ Chí Minh');
    assert.deepEqual(core.parseAddressValue('{"provinceCode":"01","communeCode":"00070"}'), {
      provinceCode: '01',
      communeCode: '00070',
      houseNumber: '',
      street: '',
    });
    const index = core.createCommuneIndex(await core.loadCommunes());
    assert.equal(core.recognizeAddress('Số 1 Tràng Tiền, Phường Hoàn Kiếm, Thành phố Hà Nội', index).communeCode, '00070');
  });
});
