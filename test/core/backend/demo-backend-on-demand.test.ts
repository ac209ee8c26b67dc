import { expect } from '@open-wc/testing';
import { createDemoBackend } from '../../../src/core/backend/demo-backend-on-demand.js';
import type { InboxMessage } from '../../../src/core/backend/index.js';
import { phoneRegistration, rejection } from './demo-helpers.js';

describe('createDemoBackend of the script-tag bundle (code fetched on creation)', () => {
  it('answers every call once its code arrives, and delivers messages to listeners subscribed before', async () => {
    const backend = createDemoBackend({ seed: 'on-demand' });
    const heard: InboxMessage[] = [];
    const stop = backend.onMessage((message) => heard.push(message));
    expect(backend.inbox).to.deep.equal([]);

    const step = await backend.startRegistration(await phoneRegistration(backend));
    if (step.next !== 'otp') throw new Error(`expected the code step, got ${step.next}`);
    expect(heard).to.have.length(1);
    expect(heard[0]).to.include({ channel: 'sms', to: '0912345678' });
    expect(heard[0]!.code).to.match(/^\d{6}$/);
    expect(backend.inbox).to.deep.equal(heard);

    stop();
    await backend.resendOtp({ registrationId: step.registrationId }).catch(() => undefined);
    expect(heard).to.have.length(1);
  });

  it('plays the faults asked for before its code arrived, in order', async () => {
    const backend = createDemoBackend({ seed: 'on-demand-faults', faults: [{ call: 'getCaptcha', kind: 'server' }] });
    backend.injectFault({ call: 'getCaptcha', kind: 'timeout' });
    expect((await rejection(backend.getCaptcha())).code).to.equal('server');
    expect((await rejection(backend.getCaptcha())).code).to.equal('timeout');
    expect((await backend.getCaptcha()).id).to.be.a('string');
  });

  it('knows a provider outage at once, and says the other controls need `ready`', async () => {
    const backend = createDemoBackend({ providerOutages: ['momo'] });
    expect(backend.providerDown('momo')).to.equal(true);
    expect(backend.providerDown('vnpay')).to.equal(false);
    expect(() => backend.captchaAnswer('x')).to.throw(/await backend\.ready/);

    await backend.ready;
    expect(backend.captchaAnswer('x')).to.equal(undefined);
    backend.setProviderOutage('vnpay', true);
    expect(backend.providerDown('vnpay')).to.equal(true);
  });
});
