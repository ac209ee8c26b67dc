// Pages of this file run under a Content-Security-Policy added by the tests (policies only add up,
// so the strict-but-allowed case comes first, then the one that forbids workers).
import { expect } from '@open-wc/testing';
import { openProcedureIndex, type SearchableProcedure } from '../../../src/core/search/index.js';

let records: SearchableProcedure[];

before(async () => {
  records = await (await fetch('/data/procedures.json')).json();
});

function addPolicy(policy: string): void {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = policy;
  document.head.append(meta);
}

describe('the search worker under a Content-Security-Policy', () => {
  it("runs under script-src 'self' with no blob: or data: allowed", async () => {
    addPolicy("script-src 'self'; object-src 'none'");
    const failures: Error[] = [];
    const index = await openProcedureIndex(records, { thread: 'worker', onWorkerFailure: (error) => failures.push(error) });
    expect(failures).to.deep.equal([]);
    expect(index.thread).to.equal('worker');
    expect((await index.search('dang ky tam tru')).items[0].procedure.code).to.equal('1.004194');
    index.close();
  }).timeout(60_000);

  it("searches on the page when worker-src 'none' forbids workers", async () => {
    addPolicy("worker-src 'none'");
    const failures: Error[] = [];
    const index = await openProcedureIndex(records, { thread: 'worker', onWorkerFailure: (error) => failures.push(error) });
    expect(index.thread).to.equal('page');
    expect(failures).to.have.length(1);
    expect((await index.search('dang ky tam tru')).items[0].procedure.code).to.equal('1.004194');
  }).timeout(60_000);
});
