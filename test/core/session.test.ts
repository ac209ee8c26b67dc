import { expect } from '@open-wc/testing';
import { createSession, getDefaultSession } from '../../src/core/session.js';
import type { AccountSummary } from '../../src/core/events.js';

const account: AccountSummary = {
  id: 'acc-1',
  subject: 'citizen',
  method: 'phone',
  displayName: 'Nguyễn Văn An',
  maskedPhone: '091****678',
};

describe('createSession', () => {
  it('starts empty, in Vietnamese', () => {
    expect(createSession().getState()).to.deep.equal({
      locale: 'vi',
      account: null,
      procedure: null,
      dossier: null,
      payment: null,
      survey: null,
      profile: {},
      profileConsent: null,
      verifiedProfile: null,
    });
  });

  it('setLocale changes the locale', () => {
    const session = createSession();
    session.setLocale('en');
    expect(session.getState().locale).to.equal('en');
  });

  it('signIn holds the verified profile aside; forms see it only once the citizen consents', () => {
    const session = createSession();
    session.signIn(account, { fullName: 'Nguyễn Văn An' });
    expect(session.getState().account).to.deep.equal(account);
    expect(session.getState().verifiedProfile).to.deep.equal({ fullName: 'Nguyễn Văn An' });
    expect(session.getState().profile).to.deep.equal({});
    expect(session.getState().profileConsent).to.equal(null);

    session.setProfileConsent(true);
    expect(session.getState().profile).to.deep.equal({ fullName: 'Nguyễn Văn An' });
    session.setVerifiedProfile({ fullName: 'Nguyễn Văn An', phone: '0912345678' });
    expect(session.getState().profile).to.deep.equal({ fullName: 'Nguyễn Văn An', phone: '0912345678' });

    session.setProfileConsent(false);
    expect(session.getState().profile).to.deep.equal({});
    expect(session.getState().verifiedProfile, 'kept, so consent can be given again').to.deep.equal({
      fullName: 'Nguyễn Văn An',
      phone: '0912345678',
    });
  });

  it('signOut clears the account, both profiles and the consent answer', () => {
    const session = createSession();
    session.setProfileConsent(true);
    session.signIn(account, { fullName: 'Nguyễn Văn An', phone: '0912345678' });
    expect(session.getState().profile).to.deep.equal({ fullName: 'Nguyễn Văn An', phone: '0912345678' });

    session.signOut();
    expect(session.getState().account).to.equal(null);
    expect(session.getState().profile).to.deep.equal({});
    expect(session.getState().verifiedProfile).to.equal(null);
    expect(session.getState().profileConsent).to.equal(null);
  });

  it('rememberProfile merges only while consented, and withdrawing consent forgets the profile', () => {
    const session = createSession();
    session.rememberProfile({ fullName: 'Trần Thị Bình' });
    expect(session.getState().profile).to.deep.equal({});
    session.setProfileConsent(true);
    session.rememberProfile({ fullName: 'Trần Thị Bình' });
    session.rememberProfile({ birthDate: '01/02/1990' });
    expect(session.getState().profile).to.deep.equal({ fullName: 'Trần Thị Bình', birthDate: '01/02/1990' });
    session.setProfileConsent(false);
    expect(session.getState().profile).to.deep.equal({});
  });

  it('selectProcedure stores the chosen procedure', () => {
    const session = createSession();
    session.selectProcedure({ code: '1.004194', name: 'Đăng ký tạm trú' });
    expect(session.getState().procedure).to.deep.equal({ code: '1.004194', name: 'Đăng ký tạm trú' });
  });

  it('a new dossier resets payment and survey; the same dossier keeps them', () => {
    const session = createSession();
    const fees = [{ type: 'le-phi' as const, code: 'LP1', name: 'Lệ phí', amount: 15000 }];
    session.setDossier({ code: 'D-1', fees });
    session.setPayment({ method: 'vnpay', status: 'succeeded', transactionId: 'T1', receipts: [] });
    session.markSurveySubmitted('D-1');
    session.setDossier({ code: 'D-1', fees, status: 9 });
    expect(session.getState().payment?.transactionId).to.equal('T1');
    expect(session.getState().survey).to.deep.equal({ dossierCode: 'D-1', submitted: true });
    session.setDossier({ code: 'D-2', fees });
    expect(session.getState().payment).to.equal(null);
    expect(session.getState().survey).to.equal(null);
  });

  it('reset clears the journey but keeps the locale', () => {
    const session = createSession();
    session.setLocale('en');
    session.signIn(account);
    session.selectProcedure({ code: '1.004194', name: 'Đăng ký tạm trú' });
    session.reset();
    expect(session.getState().locale).to.equal('en');
    expect(session.getState().account).to.equal(null);
    expect(session.getState().procedure).to.equal(null);
  });

  it('getDefaultSession returns one page-wide session', () => {
    expect(getDefaultSession()).to.equal(getDefaultSession());
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('dvc-elements.default-session')]).to.equal(getDefaultSession());
  });
});
