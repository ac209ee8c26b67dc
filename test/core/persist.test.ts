import { expect } from '@open-wc/testing';
import { createDraftStore, isSecretField } from '../../src/core/persist.js';

describe('createDraftStore', () => {
  afterEach(() => sessionStorage.clear());

  it('writes only allow-listed fields to sessionStorage and reads them back', () => {
    const drafts = createDraftStore({ key: 'reg', allow: ['fullName', 'phone'] });
    drafts.save({ fullName: 'Nguyễn Văn An', phone: '0912345678', email: 'an@example.vn' });
    expect(JSON.parse(sessionStorage.getItem('dvc-draft:reg')!).fields).to.deep.equal({ fullName: 'Nguyễn Văn An', phone: '0912345678' });
    expect(drafts.load()).to.deep.equal({ fullName: 'Nguyễn Văn An', phone: '0912345678' });
    expect(localStorage.length).to.equal(0);
  });

  it('never writes secrets, even when they are allow-listed', () => {
    const secrets = [
      'password',
      'confirmPassword',
      'newPassword',
      'pin',
      'pinCode',
      'otp',
      'otpCode',
      'captcha',
      'captchaAnswer',
      'clientSecret',
      'codeVerifier',
    ];
    const drafts = createDraftStore({ key: 'reg', allow: [...secrets, 'fullName'] });
    drafts.save(Object.fromEntries([...secrets.map((name) => [name, 'Secret#123']), ['fullName', 'An']]));
    const raw = sessionStorage.getItem('dvc-draft:reg')!;
    expect(raw).not.to.contain('Secret#123');
    expect(JSON.parse(raw).fields).to.deep.equal({ fullName: 'An' });
  });

  it('tells secret field names from look-alikes', () => {
    expect(['password', 'pin-code', 'otp_value', 'captchaAnswer'].map(isSecretField)).to.deep.equal([true, true, true, true]);
    expect(['passport', 'spinner', 'opinion', 'shipping', 'fullName'].map(isSecretField)).to.deep.equal([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('keeps only plain values', () => {
    const drafts = createDraftStore({ key: 'reg', allow: ['a', 'b', 'c', 'd'] });
    drafts.save({ a: 'x', b: 2, c: true, d: { nested: 1 } });
    expect(drafts.load()).to.deep.equal({ a: 'x', b: 2, c: true });
  });

  it('drops drafts older than maxAgeMs', () => {
    let now = 1_000;
    const drafts = createDraftStore({ key: 'reg', allow: ['a'], maxAgeMs: 500, now: () => now });
    drafts.save({ a: 'x' });
    now = 1_400;
    expect(drafts.load()).to.deep.equal({ a: 'x' });
    now = 1_600;
    expect(drafts.load()).to.equal(null);
  });

  it('ignores tampered or foreign storage content', () => {
    const drafts = createDraftStore({ key: 'reg', allow: ['a'] });
    sessionStorage.setItem('dvc-draft:reg', '{not json');
    expect(drafts.load()).to.equal(null);
    sessionStorage.setItem('dvc-draft:reg', JSON.stringify({ savedAt: Date.now(), fields: { a: 'ok', password: 'x', b: 'y' } }));
    expect(drafts.load()).to.deep.equal({ a: 'ok' });
  });

  it('clear removes the draft', () => {
    const drafts = createDraftStore({ key: 'reg', allow: ['a'] });
    drafts.save({ a: 'x' });
    drafts.clear();
    expect(sessionStorage.getItem('dvc-draft:reg')).to.equal(null);
    expect(drafts.load()).to.equal(null);
  });

  it('keeps working when storage throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    } as unknown as Storage;
    const drafts = createDraftStore({ key: 'reg', allow: ['a'], storage: broken });
    expect(() => drafts.save({ a: 'x' })).not.to.throw();
    expect(drafts.load()).to.equal(null);
    expect(() => drafts.clear()).not.to.throw();
  });
});
