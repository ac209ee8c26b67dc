/**
 * Attachments, feedback and support requests over real HTTP against the demo server the test
 * runner mounts, each test in its own sandbox.
 */
import { expect } from '@open-wc/testing';
import { createHttpBackend, DEMO_FIXTURES, type InboxMessage } from '../../../src/core/backend/index.js';
import { notVietnamese } from '../../../src/core/schemas/feedback.js';
import { rejection } from './demo-helpers.js';

const PDF = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< >>\nendobj\n');
const pdf = (name = 'don-phan-anh.pdf') => new File([PDF], name, { type: 'application/pdf' });

function sandbox() {
  const base = `/api/sandbox/f${crypto.randomUUID().replace(/-/g, '')}`;
  const backend = createHttpBackend({ baseUrl: base, retryDelayMs: 10 });
  const post = (path: string, body: unknown) =>
    fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const inbox = async (): Promise<InboxMessage[]> => (await (await fetch(`${base}/_demo/inbox`)).json()).messages;
  const captcha = async () => {
    const challenge = await backend.getCaptcha();
    const { answer } = (await (await fetch(`${base}/_demo/captcha/${challenge.id}`)).json()) as { answer: string };
    return { captchaId: challenge.id, captchaAnswer: answer };
  };
  return { base, backend, post, inbox, captcha };
}

const feedback = {
  accountId: DEMO_FIXTURES.existingAccount.accountId,
  fullName: 'Trần Văn Minh',
  address: 'Số 12 Lý Thường Kiệt, Phường Cửa Nam, Thành phố Hà Nội',
  phone: '0912 000 001',
  email: 'minh.tran@example.vn',
  title: 'Chậm trả kết quả hồ sơ',
  content: 'Hồ sơ của tôi đã quá hạn trả kết quả mười ngày nhưng chưa nhận được thông báo nào.',
  attachmentIds: [] as string[],
};

describe('feedback backend over HTTP', () => {
  it('uploads a file as raw bytes and files a feedback with its id', async () => {
    const { backend, captcha, inbox } = sandbox();
    const attachment = await backend.uploadAttachment({ fileName: 'đơn phản ánh.pdf', content: pdf() });
    expect(attachment).to.deep.include({ fileName: 'đơn phản ánh.pdf', size: PDF.byteLength, kind: 'pdf' });
    expect(attachment.attachmentId).to.match(/^att_/);

    const receipt = await backend.submitFeedback({ ...feedback, attachmentIds: [attachment.attachmentId], ...(await captcha()) });
    expect(receipt.reference).to.match(/^PAKN-\d{6}-\d{6}$/);
    const [mail] = await inbox();
    expect([mail.channel, mail.to]).to.deep.equal(['email', 'minh.tran@example.vn']);
    expect(mail.text).to.contain(receipt.reference);

    // An attachment goes with one submission only.
    const reused = await rejection(backend.submitFeedback({ ...feedback, attachmentIds: [attachment.attachmentId], ...(await captcha()) }));
    expect([reused.code, reused.fields]).to.deep.equal(['not-found', ['attachmentIds']]);
  });

  it('refuses a file whose content is not what its name says, or that is empty', async () => {
    const { backend, base } = sandbox();
    const disguised = await rejection(
      backend.uploadAttachment({ fileName: 'anh.jpg', content: new File([PDF], 'anh.jpg', { type: 'image/jpeg' }) }),
    );
    expect([disguised.code, disguised.status]).to.deep.equal(['invalid-input', 415]);
    const program = await rejection(backend.uploadAttachment({ fileName: 'setup.exe', content: new Blob(['MZ']) }));
    expect([program.code, program.status]).to.deep.equal(['invalid-input', 415]);
    const empty = await rejection(backend.uploadAttachment({ fileName: 'trong.pdf', content: new Blob([]) }));
    expect(empty.code).to.equal('invalid-input');
    // The per-route limit is above the JSON routes' 64 KiB: a 200 KiB PDF goes through.
    const large = new Uint8Array(200 * 1024);
    large.set(PDF);
    const big = await fetch(`${base}/attachments`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf', 'x-file-name': 'lon.pdf' },
      body: large,
    });
    expect(big.status).to.equal(200);
  });

  it('needs a signed-in account and a right captcha, and keeps the refusals apart', async () => {
    const { backend, captcha } = sandbox();
    const stranger = await rejection(backend.submitFeedback({ ...feedback, accountId: 'acc_nobody', ...(await captcha()) }));
    expect([stranger.code, stranger.status]).to.deep.equal(['unauthorized', 401]);
    const { captchaId } = await captcha();
    const wrong = await rejection(backend.submitFeedback({ ...feedback, captchaId, captchaAnswer: 'ZZZZZ' }));
    expect([wrong.code, wrong.fields]).to.deep.equal(['captcha-wrong', ['captchaAnswer']]);
    // Each captcha answers once: the same one again has expired.
    const again = await rejection(backend.submitFeedback({ ...feedback, captchaId, captchaAnswer: 'ZZZZZ' }));
    expect(again.code).to.equal('captcha-expired');
  });

  it('refuses content that is clearly not Vietnamese, before sending it', async () => {
    const { backend, captcha } = sandbox();
    const english = await rejection(
      backend.submitFeedback({ ...feedback, content: 'My application is ten days late and nobody has told me why.', ...(await captcha()) }),
    );
    expect([english.code, english.fields]).to.deep.equal(['invalid-input', ['content']]);
    expect(notVietnamese('My application is ten days late and nobody has told me why.')).to.equal('no-diacritics');
    expect(notVietnamese('我的申请已经晚了十天，没有人告诉我原因')).to.equal('other-script');
    expect(notVietnamese('Hồ sơ bị chậm')).to.equal(null);
    expect(notVietnamese('OK')).to.equal(null);
  });

  it('follows a feedback up by its reference as the agency answers it', async () => {
    const { backend, captcha, post } = sandbox();
    const { reference } = await backend.submitFeedback({ ...feedback, ...(await captcha()) });
    expect(await backend.getFeedback({ reference })).to.deep.include({ status: 'received', answers: [], title: feedback.title });
    const agency = 'Sở Tư pháp Thành phố Hà Nội';
    expect((await post('/_demo/feedback/answer', { reference, status: 'processing', agency })).status).to.equal(200);
    await post('/_demo/feedback/answer', { reference, status: 'answered', text: 'Hồ sơ đã được trả kết quả ngày 20/11.' });
    const followed = await backend.getFeedback({ reference });
    expect(followed).to.deep.include({ status: 'answered', agency });
    expect(followed.answers.map((answer) => [answer.agency, answer.text])).to.deep.equal([
      [agency, 'Hồ sơ đã được trả kết quả ngày 20/11.'],
    ]);
    const unknown = await rejection(backend.getFeedback({ reference: 'PAKN-200101-000000' }));
    expect(unknown.code).to.equal('not-found');
  });

  it('files a support request answered on the chosen channel, which must have its address', async () => {
    const { backend, captcha, inbox } = sandbox();
    const request = {
      category: 'procedure' as const,
      procedureCode: '1.001193',
      question: 'Tôi cần nộp thêm giấy tờ gì cho thủ tục này?',
      contactChannel: 'phone' as const,
      attachmentIds: [],
    };
    const missing = await rejection(backend.submitSupportRequest({ ...request, ...(await captcha()) }));
    expect([missing.code, missing.fields]).to.deep.equal(['invalid-input', ['phone']]);
    const ticket = await backend.submitSupportRequest({ ...request, phone: '0987654321', ...(await captcha()) });
    expect(ticket.reference).to.match(/^HT-\d{6}-\d{6}$/);
    const [sms] = await inbox();
    expect([sms.channel, sms.to]).to.deep.equal(['sms', '0987654321']);
  });

  it('reports timeouts, server errors, malformed replies and rate limits as their codes', async () => {
    const { base, backend, captcha, post } = sandbox();
    await post('/_demo/faults', { call: 'submitFeedback', kind: 'server' });
    expect((await rejection(backend.submitFeedback({ ...feedback, ...(await captcha()) }))).code).to.equal('server');
    await post('/_demo/faults', { call: 'uploadAttachment', kind: 'malformed' });
    expect((await rejection(backend.uploadAttachment({ fileName: 'a.pdf', content: pdf() }))).code).to.equal('malformed-response');
    await post('/_demo/faults', { call: 'submitSupportRequest', kind: 'rate-limited' });
    const limited = await rejection(
      backend.submitSupportRequest({
        category: 'other',
        question: 'Làm sao để đổi số điện thoại?',
        contactChannel: 'email',
        email: 'a@example.vn',
        attachmentIds: [],
        ...(await captcha()),
      }),
    );
    expect([limited.code, limited.retryAfter]).to.deep.equal(['rate-limited', 1]);
    await post('/_demo/faults', { call: 'uploadAttachment', kind: 'timeout' });
    const quick = createHttpBackend({ baseUrl: base, timeoutMs: 300 });
    expect((await rejection(quick.uploadAttachment({ fileName: 'a.pdf', content: pdf() }))).code).to.equal('timeout');
  });
});
