/**
 * Procedure search and lookup: the demo backend in memory (given records) and the HTTP backend
 * against the demo server, whose instances load data/procedures.json.
 */
import { expect } from '@open-wc/testing';
import { createDemoBackend, createHttpBackend, routes } from '../../../src/core/backend/index.js';
import { queryString } from '../../../src/core/backend/routes.js';
import type { Procedure } from '../../../src/core/schemas/index.js';
import { rejection } from './demo-helpers.js';

const citizen = ['Công dân Việt Nam'];

const records: Procedure[] = [
  {
    code: '1.004194',
    name: 'Đăng ký tạm trú',
    sector: 'Đăng ký, quản lý cư trú',
    agency: 'Công an xã',
    levels: ['Cấp xã'],
    online: true,
    subjects: citizen,
    type: '',
  },
  {
    code: '1.010028',
    name: 'Xóa đăng ký tạm trú',
    sector: 'Đăng ký, quản lý cư trú',
    agency: 'Công an xã',
    levels: ['Cấp xã'],
    online: true,
    subjects: citizen,
    type: '',
  },
  {
    code: '1.003677',
    name: 'Khai báo tạm vắng',
    sector: 'Đăng ký, quản lý cư trú',
    agency: 'Công an xã',
    levels: ['Cấp xã'],
    online: false,
    subjects: citizen,
    type: '',
  },
  {
    code: '1.001193',
    name: 'Thủ tục đăng ký khai sinh',
    sector: 'Hộ tịch',
    agency: 'Ủy ban nhân dân cấp xã',
    levels: ['Cấp xã'],
    online: true,
    subjects: citizen,
    type: '',
  },
  {
    code: '1.001193.H19',
    name: 'Đăng ký khai sinh có yếu tố nước ngoài (tỉnh)',
    sector: 'Hộ tịch',
    agency: 'Sở Tư pháp',
    levels: ['Cấp tỉnh'],
    online: true,
    subjects: citizen,
    type: '',
    locality: '19',
  },
];

describe('procedure search in the demo backend', () => {
  it('finds by query, with the matched ranges of each name, a total and facets', async () => {
    const backend = createDemoBackend({ procedures: records });
    const result = await backend.searchProcedures({ query: 'tam tru' });
    expect(result.items.map(({ procedure }) => procedure.code)).to.deep.equal(['1.004194', '1.010028']);
    const [first] = result.items;
    expect(first.highlights.map(({ start, end }) => first.procedure.name.slice(start, end))).to.deep.equal(['tạm trú']);
    expect(result.total).to.equal(2);
    expect(result.facets.online).to.deep.equal([{ value: true, count: 2 }]);
    expect(result.facets.sector).to.deep.equal([{ value: 'Đăng ký, quản lý cư trú', count: 2 }]);
  });

  it('applies filters, the province and paging', async () => {
    const backend = createDemoBackend({ procedures: records });
    const offline = await backend.searchProcedures({ query: '', filters: { online: false } });
    expect(offline.items.map(({ procedure }) => procedure.code)).to.deep.equal(['1.003677']);
    // Without a province, the provincial copy is listed too; with another province it is not.
    const everywhere = await backend.searchProcedures({ query: 'khai sinh' });
    expect(everywhere.total).to.equal(2);
    const elsewhere = await backend.searchProcedures({ query: 'khai sinh', province: '01' });
    expect(elsewhere.items.map(({ procedure }) => procedure.code)).to.deep.equal(['1.001193']);
    const page2 = await backend.searchProcedures({ query: '', filters: { sector: ['Đăng ký, quản lý cư trú'] }, page: 2, pageSize: 2 });
    expect(page2.total).to.equal(3);
    expect(page2.items.map(({ procedure }) => procedure.code)).to.deep.equal(['1.003677']);
  });

  it('looks a procedure up by code, and refuses an unknown one', async () => {
    const backend = createDemoBackend({ procedures: records });
    expect(await backend.getProcedure({ code: '1.001193.H19' })).to.deep.equal(records[4]);
    expect((await rejection(backend.getProcedure({ code: '1.999999' }))).code).to.equal('not-found');
    expect((await rejection(backend.getProcedure({ code: 'tạm trú' }))).code).to.equal('invalid-input');
  });

  it('has no procedures unless given some', async () => {
    const result = await createDemoBackend().searchProcedures({ query: 'tạm trú' });
    expect(result).to.deep.equal({
      items: [],
      total: 0,
      facets: { sector: [], level: [], online: [], agency: [], subjects: [], province: [] },
    });
  });

  it('refuses a page size over 100', async () => {
    const failure = await rejection(createDemoBackend({ procedures: records }).searchProcedures({ query: '', pageSize: 500 }));
    expect([failure.code, failure.fields]).to.deep.equal(['invalid-input', ['pageSize']]);
  });
});

describe('procedure search over HTTP', () => {
  const sandbox = () => `/api/sandbox/p${crypto.randomUUID().replace(/-/g, '')}`;

  it('puts the query and province as text, the filters and page as JSON, in the query string', () => {
    const text = queryString(routes.searchProcedures.path, {
      query: 'đăng ký & tạm trú',
      filters: { level: ['Cấp xã'], online: true },
      province: '01',
      page: 2,
    });
    const params = new URLSearchParams(text.slice(1));
    expect(text.startsWith('?')).to.equal(true);
    expect(params.get('query')).to.equal('đăng ký & tạm trú');
    expect(JSON.parse(params.get('filters')!)).to.deep.equal({ level: ['Cấp xã'], online: true });
    expect([params.get('province'), params.get('page')]).to.deep.equal(['01', '2']);
    expect(queryString(routes.getProcedure.path, { code: '1.001193' })).to.equal('');
  });

  it('searches the real dataset the demo server loads, with filters and paging', async () => {
    const base = sandbox();
    const backend = createHttpBackend({ baseUrl: base });
    const all = await backend.searchProcedures({ query: '' });
    expect(all.total).to.equal(2642);
    expect(all.items).to.have.length(10);
    // 302 records say "Không có thông tin" (no information) for the agency: no agency to filter by.
    const agencies = all.facets.agency.map(({ value }) => value);
    expect(agencies).to.include('Ngân hàng Nhà nước Việt Nam');
    expect(agencies).not.to.include('Không có thông tin');
    expect(agencies).not.to.include('');
    const found = await backend.searchProcedures({ query: 'tạm trú', filters: { level: ['Cấp xã'] }, pageSize: 5 });
    expect(found.items.length).to.be.within(1, 5);
    for (const { procedure, highlights } of found.items) {
      expect(procedure.levels).to.include('Cấp xã');
      expect(highlights.length).to.be.greaterThan(0);
    }
    expect(found.facets.level.find(({ value }) => value === 'Cấp xã')?.count).to.equal(found.total);
    const page2 = await backend.searchProcedures({ query: '', page: 2, pageSize: 10 });
    const first20 = await backend.searchProcedures({ query: '', pageSize: 20 });
    expect(page2.items.map(({ procedure }) => procedure.code)).to.deep.equal(
      first20.items.slice(10).map(({ procedure }) => procedure.code),
    );
  });

  it('answers a plain GET with query parameters, and a lookup by code', async () => {
    const base = sandbox();
    const response = await fetch(
      `${base}/procedures?query=${encodeURIComponent('khai sinh')}&pageSize=3&filters=${encodeURIComponent('{"online":true}')}`,
    );
    expect(response.status).to.equal(200);
    const body = await response.json();
    expect(body.items).to.have.length.within(1, 3);
    for (const { procedure } of body.items) expect(procedure.online).to.equal(true);
    const backend = createHttpBackend({ baseUrl: base });
    const procedure = await backend.getProcedure({ code: body.items[0].procedure.code });
    expect(procedure).to.deep.equal(body.items[0].procedure);
    expect((await rejection(backend.getProcedure({ code: '9.999999' }))).code).to.equal('not-found');
  });

  it('refuses filters that are not JSON or not the schema', async () => {
    const base = sandbox();
    const broken = await fetch(`${base}/procedures?query=a&filters=%7Bnope`);
    expect(broken.status).to.equal(400);
    expect((await broken.json()).error).to.deep.include({ code: 'invalid-input', fields: ['filters'] });
    const wrong = await fetch(`${base}/procedures?query=a&filters=${encodeURIComponent('{"online":"yes"}')}`);
    expect(wrong.status).to.equal(400);
    expect((await wrong.json()).error.fields).to.deep.equal(['filters.online']);
    const missing = await fetch(`${base}/procedures`);
    expect((await missing.json()).error.fields).to.deep.equal(['query']);
  });
});
