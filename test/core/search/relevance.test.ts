import { expect } from '@open-wc/testing';
import { createProcedureIndex, type SearchableProcedure } from '../../../src/core/search/index.js';

interface RelevanceQuery {
  q: string;
  kind: string;
  accept: string[];
}

const loadJson = async <T>(path: string): Promise<T> => {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
};

/** Rank of the first accepted procedure in the top ten, or -1. */
const rankOf = (index: ReturnType<typeof createProcedureIndex>, query: RelevanceQuery): number =>
  index.search(query.q, { limit: 10 }).items.findIndex((item) => query.accept.includes(item.procedure.code));

describe('search: relevance on the national procedure sample', () => {
  let records: SearchableProcedure[];
  let queries: RelevanceQuery[];
  let index: ReturnType<typeof createProcedureIndex>;

  before(async () => {
    records = await loadJson<SearchableProcedure[]>('/data/procedures.json');
    queries = await loadJson<RelevanceQuery[]>('/test/fixtures/search-queries.public.json');
    index = createProcedureIndex(records);
  });

  it('loads the whole sample and every kind of query', () => {
    expect(records.length).to.equal(2642);
    expect(new Set(queries.map((query) => query.kind))).to.have.keys('exact', 'nodiacritics', 'typo', 'prefix', 'code', 'colloquial');
  });

  it('puts an accepted procedure first for at least 90 % of the queries and in the top five for 98 %', () => {
    const ranks = queries.map((query) => rankOf(index, query));
    const misses = queries.filter((_, i) => ranks[i] !== 0).map((query, i) => `${query.q} → ${ranks[i]}`);
    const hit1 = ranks.filter((rank) => rank === 0).length / queries.length;
    const hit5 = ranks.filter((rank) => rank >= 0 && rank < 5).length / queries.length;
    expect(hit1, `hit@1; not first: ${misses.join('; ')}`).to.be.at.least(0.9);
    expect(hit5, 'hit@5').to.be.at.least(0.98);
  });

  for (const kind of ['exact', 'nodiacritics', 'typo', 'prefix', 'code', 'colloquial']) {
    it(`answers "${kind}" queries within the top five`, () => {
      const ofKind = queries.filter((query) => query.kind === kind);
      const found = ofKind.filter((query) => {
        const rank = rankOf(index, query);
        return rank >= 0 && rank < 5;
      });
      expect(found.map((query) => query.q)).to.deep.equal(ofKind.map((query) => query.q));
    });
  }

  it('finds every procedure by its own code first', () => {
    const wrong = records.filter((record) => index.search(record.code, { limit: 1 }).items[0]?.procedure !== record);
    expect(wrong.map((record) => record.code)).to.deep.equal([]);
  });

  it('finds most procedures by their own name typed without diacritics', () => {
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd');
    // Every 7th record: a spread over sectors that keeps the test fast.
    const sample = records.filter((_, i) => i % 7 === 0);
    const top5 = sample.filter((record) =>
      index.search(fold(record.name), { limit: 5 }).items.some((item) => item.procedure.name === record.name),
    );
    expect(top5.length / sample.length).to.be.at.least(0.99);
  });
});
