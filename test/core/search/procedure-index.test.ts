import { expect } from '@open-wc/testing';
import { createProcedureIndex, DEFAULT_PROCEDURE_SYNONYMS, type SearchableProcedure } from '../../../src/core/search/index.js';

const citizen = ['Công dân Việt Nam'];
const business = ['Doanh nghiệp'];

const records: SearchableProcedure[] = [
  {
    code: '1.004194',
    name: 'Đăng ký tạm trú',
    sector: 'Đăng ký, quản lý cư trú',
    agency: 'Công an xã',
    levels: ['Cấp xã'],
    online: true,
    subjects: citizen,
  },
  {
    code: '1.010028',
    name: 'Xóa đăng ký tạm trú',
    sector: 'Đăng ký, quản lý cư trú',
    agency: 'Công an xã',
    levels: ['Cấp xã'],
    online: true,
    subjects: citizen,
  },
  {
    code: '1.004222',
    name: 'Đăng ký thường trú',
    sector: 'Đăng ký, quản lý cư trú',
    agency: 'Công an xã',
    levels: ['Cấp xã'],
    online: true,
    subjects: citizen,
  },
  {
    code: '1.003677',
    name: 'Khai báo tạm vắng',
    sector: 'Đăng ký, quản lý cư trú',
    agency: 'Công an xã',
    levels: ['Cấp xã'],
    online: false,
    subjects: citizen,
  },
  {
    code: '1.000253',
    name: 'Khai báo tạm trú cho người nước ngoài tại Việt Nam bằng Phiếu khai báo tạm trú',
    sector: 'Quản lý xuất nhập cảnh',
    agency: 'Công an xã',
    levels: ['Cấp xã', 'Cấp tỉnh'],
    online: false,
    subjects: ['Tổ chức'],
  },
  {
    code: '1.001193',
    name: 'Thủ tục đăng ký khai sinh',
    sector: 'Hộ tịch',
    agency: 'Ủy ban nhân dân cấp xã',
    levels: ['Cấp xã'],
    online: true,
    subjects: citizen,
  },
  {
    code: '1.000894',
    name: 'Thủ tục đăng ký kết hôn',
    sector: 'Hộ tịch',
    agency: 'Ủy ban nhân dân cấp xã',
    levels: ['Cấp xã'],
    online: true,
    subjects: citizen,
  },
  {
    code: '3.000346',
    name: 'Cấp giấy phép lái xe',
    sector: 'Đường bộ',
    agency: 'Sở Xây dựng',
    levels: ['Cấp tỉnh'],
    online: true,
    subjects: citizen,
  },
  {
    code: '3.000347',
    name: 'Đổi giấy phép lái xe',
    sector: 'Đường bộ',
    agency: 'Sở Xây dựng',
    levels: ['Cấp tỉnh'],
    online: true,
    subjects: citizen,
  },
  {
    code: '1.001294',
    name: 'Cấp lại thẻ bảo hiểm y tế (thực hiện tại cấp tỉnh)',
    sector: 'Bảo hiểm y tế',
    agency: 'Bảo hiểm xã hội tỉnh',
    levels: ['Cấp tỉnh'],
    online: true,
    subjects: citizen,
  },
  {
    code: '1.007037',
    name: 'Hoàn thuế giá trị gia tăng của doanh nghiệp, tổ chức',
    sector: 'Thuế',
    agency: 'Cục Thuế',
    levels: ['Cấp tỉnh'],
    online: true,
    subjects: business,
  },
  {
    code: '1.012753',
    name: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất lần đầu',
    sector: 'Đất đai',
    agency: 'Văn phòng đăng ký đất đai',
    levels: ['Cấp tỉnh'],
    online: false,
    subjects: citizen,
  },
  {
    code: '1.014063',
    name: 'Cấp đổi thẻ căn cước',
    sector: 'Căn cước',
    agency: 'Công an tỉnh',
    levels: ['Cấp tỉnh'],
    online: true,
    subjects: citizen,
  },
  {
    code: '1.004194.H01',
    name: 'Đăng ký tạm trú',
    sector: 'Đăng ký, quản lý cư trú',
    agency: 'Công an xã',
    levels: ['Cấp xã'],
    online: true,
    subjects: citizen,
    locality: '01',
  },
  {
    code: '1.004194.H79',
    name: 'Đăng ký tạm trú',
    sector: 'Đăng ký, quản lý cư trú',
    agency: 'Công an xã',
    levels: ['Cấp xã'],
    online: true,
    subjects: citizen,
    locality: '79',
  },
];

const index = createProcedureIndex(records);
const codes = (query: string, options = {}) => index.search(query, options).items.map((item) => item.procedure.code);
const first = (query: string) => codes(query)[0];

describe('search/createProcedureIndex: matching', () => {
  it('finds a name typed with or without diacritics', () => {
    expect(first('đăng ký tạm trú')).to.equal('1.004194');
    expect(first('dang ky tam tru')).to.equal('1.004194');
    expect(first('ĐĂNG KÝ TẠM TRÚ')).to.equal('1.004194');
    expect(first('đăng ký tạm trú'.normalize('NFD'))).to.equal('1.004194');
  });

  it('treats both spellings and tone placements alike', () => {
    expect(first('dang ki tam tru')).to.equal('1.004194');
    expect(first('xoá đăng ký tạm trú')).to.equal('1.010028');
    expect(first('xóa đăng kí tạm trú')).to.equal('1.010028');
  });

  it('corrects one typo per word: a swap, a missing or a wrong letter', () => {
    expect(first('dnag ky khai sinh')).to.equal('1.001193');
    expect(first('khai bao tam vagn')).to.equal('1.003677');
    expect(first('dang ky ket hn')).to.equal('1.000894');
  });

  it('corrects a typo that makes another real word when the next word confirms it', () => {
    // `tri` is a word (trị) but no name has "đăng ký tạm tri"; "tạm trú" has the variant next to "tạm".
    expect(first('dang ky tam tri ')).to.equal('1.004194');
    // Typed to the end, `tri` may also be the start of a longer word; the correction still wins.
    expect(first('dang ky tam tri')).to.equal('1.004194');
  });

  it('reads keys an input method left in the text', () => {
    expect(first('ddawng kys tamj trus')).to.equal('1.004194');
    expect(first('d9a8ng ky1 ke6t ho6n')).to.equal('1.000894');
    expect(first('dang kys tam tru8')).to.equal('1.004194');
  });

  it('matches the last word as a prefix while it is being typed', () => {
    expect(first('đăng ký tạm t')).to.equal('1.004194');
    expect(first('dang ky ket h')).to.equal('1.000894');
    expect(first('cap doi the can c')).to.equal('1.014063');
  });

  it('matches a finished last word whole once a space follows it', () => {
    expect(index.search('the can ').total).to.equal(1);
    expect(index.search('the ca').total).to.be.greaterThan(1);
  });

  it('expands abbreviations and everyday words', () => {
    expect(first('dk tam tru')).to.equal('1.004194');
    expect(first('cap lai the bhyt')).to.equal('1.001294');
    expect(first('hoan thue gtgt')).to.equal('1.007037');
    expect(first('doi bang lai xe')).to.equal('3.000347');
    expect(first('gplx')).to.equal('3.000346');
    expect(first('sổ đỏ')).to.equal('1.012753');
    expect(first('so do')).to.equal('1.012753');
    expect(first('doi cccd')).to.equal('1.014063');
  });

  it('reads initials of consecutive words', () => {
    expect(first('dktt')).to.equal('1.004194');
  });

  it('takes synonyms from the integrator, over or instead of the built-in table', () => {
    const custom = createProcedureIndex(records, { synonyms: { 'giấy tạm trú': 'tạm trú', dk: 'khai báo' } });
    expect(custom.search('giay tam tru').items[0].procedure.code).to.equal('1.004194');
    expect(custom.search('dk tam vang').items[0].procedure.code).to.equal('1.003677');
    const none = createProcedureIndex(records, { defaultSynonyms: false });
    expect(none.search('so do ').total).to.equal(0);
    expect(index.search('so do ').total).to.equal(1);
    expect(DEFAULT_PROCEDURE_SYNONYMS.bhyt).to.equal('bảo hiểm y tế');
  });

  it('looks procedures up by code, whole or typed so far, with provincial copies after the national one', () => {
    expect(codes('1.004194')).to.deep.equal(['1.004194', '1.004194.H01', '1.004194.H79']);
    expect(codes('1.004194.h79')).to.deep.equal(['1.004194.H79']);
    expect(codes('1.0041')).to.include('1.004194');
    expect(codes('１.００４１９４')[0]).to.equal('1.004194');
  });

  it('keeps names with most of a long query, and drops names with little of it', () => {
    expect(first('khai bao tam vang cho con nho')).to.equal('1.003677');
    const found = codes('dang ky tam tru', { limit: 100 });
    expect(found).to.include('1.010028');
    expect(found).to.not.include('1.000894');
  });

  it('finds a one-letter prefix among many words, alone or after words that match nothing', () => {
    const many = createProcedureIndex([
      ...Array.from({ length: 30 }, (_, i) => ({ code: `t${i}`, name: `Thủ tục thứ ${i} tại trụ sở` })),
      { code: 'target', name: 'Đăng ký tạm trú' },
      { code: 'other', name: 'Đăng ký kết hôn' },
    ]);
    expect(many.search('dang ky tam t').items[0].procedure.code).to.equal('target');
    expect(many.search('dang ky t').items[0].procedure.code).to.equal('target');
    expect(many.search('t').total).to.equal(31);
    expect(many.search('qqqq t').total).to.equal(31);
  });

  it('weighs a word being typed by how many names it starts a word of, and falls back to it', () => {
    // No name has both words; names with a `t…` word have the rarer one and come first.
    const few = createProcedureIndex([
      ...Array.from({ length: 6 }, (_, i) => ({ code: `c${i}`, name: 'Cấp giấy' })),
      ...Array.from({ length: 3 }, (_, i) => ({ code: `t${i}`, name: 'Tem thẻ tờ tập' })),
    ]);
    const found = few.search('cap t', { limit: 20 });
    expect(found.items[0].procedure.code).to.equal('t0');
    expect(found.total).to.equal(3);
  });

  it('finds nothing for words no name has', () => {
    const result = index.search('qqqq zzzz');
    expect(result.items).to.deep.equal([]);
    expect(result.total).to.equal(0);
  });
});

describe('search/createProcedureIndex: ranking', () => {
  it('puts names with every typed word before names with some', () => {
    expect(codes('khai bao tam tru').slice(0, 1)).to.deep.equal(['1.000253']);
    expect(codes('khai bao tam tru')).to.include('1.003677');
  });

  it('puts a short name whose words all match before a longer name that contains them', () => {
    const ranked = codes('dang ky tam tru');
    expect(ranked.indexOf('1.004194')).to.be.lessThan(ranked.indexOf('1.010028'));
  });

  it('puts the typed phrase before the same words apart, even in a longer name', () => {
    const phrase = createProcedureIndex([
      { code: 'scattered', name: 'Cấp bản sao có chứng thực từ bản chính' },
      { code: 'reordered', name: 'Bản sao chứng thực' },
      { code: 'phrase', name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản hành chính' },
    ]);
    expect(phrase.search('chứng thực bản sao').items.map((item) => item.procedure.code)).to.deep.equal([
      'phrase',
      'reordered',
      'scattered',
    ]);
  });

  it('breaks ties between equal names by record order, on every page', () => {
    expect(codes('dang ky tam tru').slice(0, 3)).to.deep.equal(['1.004194', '1.004194.H01', '1.004194.H79']);
    expect(codes('dang ky tam tru', { limit: 1, offset: 1 })).to.deep.equal(['1.004194.H01']);
  });

  it('breaks ties by record order even when the later record is found first', () => {
    // `ca` finds "cam" before "cấp" (terms in alphabetical order): the heap must still keep record 0.
    const tie = createProcedureIndex([
      { code: 'first', name: 'Cấp giấy' },
      { code: 'second', name: 'Cam giấy' },
    ]);
    expect(tie.search('ca', { limit: 1 }).items.map((item) => item.procedure.code)).to.deep.equal(['first']);
    expect(tie.search('ca', { limit: 1, offset: 1 }).items.map((item) => item.procedure.code)).to.deep.equal(['second']);
  });

  it('gives words typed with their exact diacritics a small boost', () => {
    const marks = createProcedureIndex([
      { code: 'doi', name: 'Đối chiếu hồ sơ' },
      { code: 'doi2', name: 'Đổi chiếu hồ sơ' },
    ]);
    expect(marks.search('đổi chiếu').items[0].procedure.code).to.equal('doi2');
    expect(marks.search('đối chiếu').items[0].procedure.code).to.equal('doi');
    // Without marks the records' order decides.
    expect(marks.search('doi chieu').items[0].procedure.code).to.equal('doi');
  });

  // Unrelated names, so that the words of the names under test are rare, as in a real dataset.
  const filler = Array.from({ length: 20 }, (_, i) => ({ code: `f${i}`, name: `Thủ tục khác thứ ${i}` }));
  const ranked = (records: SearchableProcedure[], query: string, options = {}) =>
    createProcedureIndex([...records, ...filler], options)
      .search(query)
      .items.map((item) => item.procedure.code);

  it('puts a name that starts with the query before one that mentions it further on', () => {
    const lead = [
      { code: 'later', name: 'Lựa chọn đại lý hoàn thuế giá trị gia tăng' },
      { code: 'starts', name: 'Hoàn thuế giá trị gia tăng của doanh nghiệp, tổ chức' },
    ];
    expect(ranked(lead, 'hoàn thuế giá trị gia tăng').slice(0, 2)).to.deep.equal(['starts', 'later']);
    // Common words such as "Thủ tục" before the match do not count against it.
    const common = [
      { code: 'later', name: 'Lựa chọn đại lý hoàn thuế' },
      { code: 'starts', name: 'Thủ tục hoàn thuế cho doanh nghiệp chế xuất nước ngoài' },
    ];
    expect(ranked(common, 'hoan thue')[0]).to.equal('starts');
  });

  it('counts words in brackets less against a name', () => {
    const names = [
      { code: 'other', name: 'Cấp thẻ căn cước cho người lớn' },
      { code: 'qualified', name: 'Cấp thẻ căn cước (thực hiện tại cấp tỉnh)' },
    ];
    expect(ranked(names, 'cấp thẻ căn cước')[0]).to.equal('qualified');
  });

  it("prefers the audience's procedures among equal names: citizens by default, or as configured", () => {
    const names = [
      { code: 'business', name: 'Đăng ký con dấu', subjects: ['Doanh nghiệp'] },
      { code: 'citizen', name: 'Đăng ký con dấu', subjects: ['Công dân Việt Nam'] },
    ];
    expect(ranked(names, 'dang ky con dau').slice(0, 2)).to.deep.equal(['citizen', 'business']);
    expect(ranked(names, 'dang ky con dau', { preferredSubjects: ['Doanh nghiệp'] }).slice(0, 2)).to.deep.equal(['business', 'citizen']);
    expect(ranked(names, 'dang ky con dau', { preferredSubjects: [] }).slice(0, 2)).to.deep.equal(['business', 'citizen']);
  });

  it('returns scores in [0, 1], best first', () => {
    const scores = index.search('dang ky').items.map((item) => item.score);
    expect(scores.length).to.be.greaterThan(2);
    scores.forEach((score, i) => {
      expect(score).to.be.within(0, 1);
      if (i > 0) expect(score).to.be.at.most(scores[i - 1]);
    });
  });
});

describe('search/createProcedureIndex: filters and facets', () => {
  it('counts facets over the matching records', () => {
    const { facets, total } = index.search('dang ky');
    expect(total).to.equal(8);
    expect(facets.sector[0]).to.deep.equal({ value: 'Đăng ký, quản lý cư trú', count: 5 });
    expect(facets.level).to.deep.include({ value: 'Cấp xã', count: 7 });
    expect(facets.online).to.deep.equal([
      { value: true, count: 7 },
      { value: false, count: 1 },
    ]);
    expect(facets.province).to.deep.equal([
      { value: '01', count: 1 },
      { value: '79', count: 1 },
    ]);
  });

  it('filters by sector, level, online, agency and subjects, any of several values', () => {
    expect(index.search('dang ky', { filters: { sector: 'Hộ tịch' } }).total).to.equal(2);
    expect(index.search('dang ky', { filters: { sector: ['Hộ tịch', 'Đất đai'] } }).total).to.equal(3);
    expect(index.search('', { filters: { level: 'Cấp tỉnh' } }).total).to.equal(7);
    expect(codes('khai bao', { filters: { online: false } })).to.have.members(['1.003677', '1.000253']);
    expect(index.search('', { filters: { agency: 'Cục Thuế' } }).total).to.equal(1);
    expect(codes('', { filters: { subjects: 'Doanh nghiệp' } })).to.deep.equal(['1.007037']);
    expect(index.search('dang ky', { filters: { sector: 'Hộ tịch', online: false } }).total).to.equal(0);
    expect(index.search('dang ky', { filters: { sector: 'No such sector' } }).total).to.equal(0);
  });

  it('keeps national records under a province filter, and drops other provinces', () => {
    const found = codes('dang ky tam tru', { filters: { province: '79' } });
    expect(found.slice(0, 2)).to.deep.equal(['1.004194', '1.004194.H79']);
    expect(found).to.include('1.010028').and.not.include('1.004194.H01');
    expect(index.search('', { filters: { province: ['01', '79'] } }).total).to.equal(records.length);
    expect(index.search('', { filters: { province: '48' } }).total).to.equal(records.length - 2);
  });

  it("counts each field's options as if that field were not filtered", () => {
    const { facets, total } = index.search('dang ky', { filters: { sector: 'Hộ tịch' } });
    expect(total).to.equal(2);
    expect(facets.sector).to.deep.include({ value: 'Đăng ký, quản lý cư trú', count: 5 });
    expect(facets.sector).to.deep.include({ value: 'Hộ tịch', count: 2 });
    expect(facets.level).to.deep.equal([{ value: 'Cấp xã', count: 2 }]);
  });

  it('lists every record for an empty query, in order, with paging', () => {
    const all = index.search('');
    expect(all.total).to.equal(records.length);
    expect(all.items.length).to.equal(10);
    expect(all.items[0].procedure).to.equal(records[0]);
    expect(index.search('   ', { limit: 3, offset: 12 }).items.map((item) => item.procedure.code)).to.deep.equal(
      records.slice(12, 15).map((record) => record.code),
    );
  });

  it('pages through ranked results with limit and offset', () => {
    const all = codes('dang ky', { limit: 100 });
    expect(all.length).to.equal(8);
    expect(codes('dang ky', { limit: 3, offset: 2 })).to.deep.equal(all.slice(2, 5));
    expect(codes('dang ky', { limit: 0 })).to.deep.equal([]);
    expect(index.search('dang ky', { limit: 0 }).total).to.equal(8);
  });
});

describe('search/createProcedureIndex: highlights', () => {
  const marked = (query: string, name?: string) => {
    const item = index.search(query).items.find((each) => name === undefined || each.procedure.name === name);
    if (!item) throw new Error(`no result for ${query}`);
    return item.highlights.map(({ start, end }) => item.procedure.name.slice(start, end));
  };

  it('marks the matched words as ranges of the original name, joined across spaces', () => {
    expect(marked('dang ky tam tru')).to.deep.equal(['Đăng ký tạm trú']);
    expect(marked('tam tru', 'Xóa đăng ký tạm trú')).to.deep.equal(['tạm trú']);
    expect(marked('cap lai the bhyt')).to.deep.equal(['Cấp lại thẻ bảo hiểm y tế', 'cấp']);
  });

  it('marks only the typed part of a word matched as a prefix', () => {
    expect(marked('đăng ký tạm t')).to.deep.equal(['Đăng ký tạm t']);
    expect(marked('cap doi the can cu')).to.deep.equal(['Cấp đổi thẻ căn cư']);
  });

  it('points into decomposed names too', () => {
    const nfd = createProcedureIndex([{ code: 'x', name: 'Đăng ký tạm trú'.normalize('NFD') }]);
    const [item] = nfd.search('tam tr').items;
    const [range] = item.highlights;
    expect(item.procedure.name.slice(range.start, range.end)).to.equal('tạm tr'.normalize('NFD'));
  });

  it('has no highlights for a code lookup or an empty query', () => {
    expect(index.search('1.004194').items[0].highlights).to.deep.equal([]);
    expect(index.search('').items[0].highlights).to.deep.equal([]);
  });
});

describe('search/createProcedureIndex: shape', () => {
  it('returns plain data a worker can post', () => {
    const result = index.search('dang ky tam tru', { filters: { level: 'Cấp xã' } });
    expect(structuredClone(result)).to.deep.equal(result);
    expect(JSON.parse(JSON.stringify(result))).to.deep.equal(result);
  });

  it('returns the records it was given, not copies', () => {
    expect(index.search('gplx').items[0].procedure).to.equal(records[7]);
  });

  it('is unaffected by later changes to the input array', () => {
    const input = [...records];
    const own = createProcedureIndex(input);
    input.length = 0;
    expect(own.search('dang ky tam tru').total).to.be.greaterThan(0);
  });
});
