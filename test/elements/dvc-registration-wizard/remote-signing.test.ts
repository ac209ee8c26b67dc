/** SIM ký số and VNPT SmartCA: confirmation on the phone, polled, against the demo backend over HTTP. */
import { expect, waitUntil } from '@open-wc/testing';
import { DEMO_FIXTURES } from '../../../src/core/backend/demo/fixtures.js';
import { nextPollDelay } from '../../../src/elements/dvc-registration-wizard/wizard-remote-signing.js';
import { demoCall, heading, mount, press, type, waitForStep, type Mounted } from './helpers.js';

interface Pending {
  requestId: string;
  displayCode: string;
  to: string;
}

async function pending(m: Mounted): Promise<Pending> {
  let found: Pending | undefined;
  await waitUntil(async () => {
    found = (await demoCall<{ requests: Pending[] }>(m.base, 'remote-signing')).requests[0];
    return found;
  }, 'a pending request');
  return found!;
}

async function startSim(m: Mounted, phone = '0912345678') {
  await waitForStep(m.el, 'details');
  await type(m.el, 'phone', phone);
  await press(m.el, 'Đăng ký');
  await waitForStep(m.el, 'waiting');
}

describe('<dvc-registration-wizard> sim-ca and smartca methods', function () {
  // Whole journeys over HTTP: slower than one element's unit test on a busy CI machine.
  this.timeout(20_000);
  it('sim-ca: waits calmly with the transaction code, then registers once approved on the phone', async () => {
    const m = await mount({ subject: 'citizen', methods: 'sim-ca' });
    await startSim(m);
    expect(heading(m.el)).to.equal('Vui lòng xác nhận trên điện thoại');
    const request = await pending(m);
    expect(m.el.querySelector('.code')!.textContent).to.equal(request.displayCode);
    expect(m.el.textContent).to.match(/còn hiệu lực trong khoảng 2 phút/);
    // The time left and the cancel button below it do not touch.
    const gap =
      m.el.querySelector('.actions')!.getBoundingClientRect().top - m.el.querySelector('.time-left')!.getBoundingClientRect().bottom;
    expect(gap).to.be.at.least(8);
    await expect(m.el).to.be.accessible();
    await demoCall(m.base, 'remote-signing/approve', { requestId: request.requestId });
    await waitForStep(m.el, 'review');
    // Check answers: the SIM number can be changed, the certificate's data cannot.
    expect(heading(m.el)).to.equal('Kiểm tra lại thông tin');
    const rows = [...m.el.querySelectorAll('.review-row')].map((row) => ({
      label: row.querySelector('dt')!.textContent!.trim(),
      value: row.querySelector('dd')!.textContent!.trim(),
      change: row.querySelector('button') !== null,
    }));
    expect(rows[0]).to.deep.equal({ label: 'Số thuê bao SIM ký số', value: '0912345678', change: true });
    expect(rows.find((row) => row.label === 'Chủ chứng thư')).to.include({ change: false });
    expect(rows.find((row) => row.label === 'Tổ chức cấp')!.value).to.contain('Viettel-CA');
    expect(m.events.some((event) => event.type === 'dvc-registration-complete')).to.equal(false);
    await expect(m.el).to.be.accessible();
    await press(m.el, 'Đăng ký');
    await waitForStep(m.el, 'done');
    const complete = m.events.find((event) => event.type === 'dvc-registration-complete')!.detail as { account: Record<string, unknown> };
    expect(complete.account).to.include({ method: 'sim-ca' });
  });

  it('smartca for an enterprise, by tax code', async () => {
    const m = await mount({ subject: 'enterprise', methods: 'smartca' });
    await waitForStep(m.el, 'details');
    await type(m.el, 'userId', '0100109107');
    await press(m.el, 'Đăng ký');
    expect(m.el.step).to.equal('details');
    await type(m.el, 'userId', '0100109106');
    await press(m.el, 'Đăng ký');
    await waitForStep(m.el, 'waiting');
    expect(m.el.textContent).to.contain('VNPT SmartCA');
    const request = await pending(m);
    await demoCall(m.base, 'remote-signing/approve', { requestId: request.requestId });
    await waitForStep(m.el, 'review');
    await press(m.el, 'Đăng ký');
    await waitForStep(m.el, 'done');
  });

  it('explains a rejection and sends the request again', async () => {
    const m = await mount({ subject: 'citizen', methods: 'sim-ca' });
    await startSim(m);
    const request = await pending(m);
    await demoCall(m.base, 'remote-signing/reject', { requestId: request.requestId });
    await waitUntil(() => m.el.textContent!.includes('bị từ chối'), 'rejected shown', { timeout: 5000 });
    await press(m.el, 'Gửi lại yêu cầu');
    await waitForStep(m.el, 'waiting');
    const again = await pending(m);
    expect(again.requestId).to.not.equal(request.requestId);
  });

  it('explains an expired request', async () => {
    const m = await mount({ subject: 'citizen', methods: 'sim-ca' });
    await startSim(m);
    await pending(m);
    await demoCall(m.base, 'clock', { advanceMs: 3 * 60_000 });
    await waitUntil(() => m.el.textContent!.includes('đã hết hạn'), 'expired shown', { timeout: 6000 });
    await press(m.el, 'Quay lại');
    expect(m.el.step).to.equal('details');
  });

  it('cancel stops waiting and returns to the details with the answer kept', async () => {
    const m = await mount({ subject: 'citizen', methods: 'sim-ca' });
    await startSim(m);
    await press(m.el, 'Hủy yêu cầu');
    await waitForStep(m.el, 'details');
    expect(m.el.querySelector<HTMLInputElement>('input[name="phone"]')!.value).to.equal('0912345678');
    expect((await demoCall<{ requests: Pending[] }>(m.base, 'remote-signing')).requests).to.have.length(0);
  });

  it('a SIM whose certificate already has an account: explained, with password recovery', async () => {
    const m = await mount({ subject: 'citizen', methods: 'sim-ca', 'forgot-password-url': '/quen' });
    await startSim(m, DEMO_FIXTURES.simOfExistingAccount);
    const request = await pending(m);
    await demoCall(m.base, 'remote-signing/approve', { requestId: request.requestId });
    await waitForStep(m.el, 'review');
    await press(m.el, 'Đăng ký');
    await waitUntil(() => m.el.querySelector('a[href="/quen"]'), 'forgot link');
  });

  it('polls with backoff', () => {
    expect([0, 1, 2, 3, 10].map((polls) => nextPollDelay(1000, polls))).to.deep.equal([1000, 1500, 2250, 3375, 8000]);
  });
});
