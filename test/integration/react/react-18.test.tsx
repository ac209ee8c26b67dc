// A React 18 app through the `dvc-elements/react` wrappers (React 18 would only set attributes
// and could not listen to custom events on the tags themselves).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { useState, version } from 'react';
import { createSession } from '../../../src/core/session.js';
import type { DvcEventMap } from '../../../src/core/events.js';
import { DvcOtpInput, DvcPaymentSelector } from '../../../src/react/index.js';
import type { DvcOtpInput as OtpElement } from '../../../src/elements/dvc-otp-input/dvc-otp-input.js';
import type { DvcPaymentSelector as PaymentElement } from '../../../src/elements/dvc-payment-selector/dvc-payment-selector.js';
import { DOSSIER, FEES, PROVIDERS, paymentRadio, paymentTotal, render, rendered, settled, text, unmountAll } from './support.js';

afterEach(unmountAll);

it('runs React 18', () => {
  expect(version).to.match(/^18\./);
});

describe('React 18 with the wrappers', () => {
  const changes: DvcEventMap['dvc-otp-change'][] = [];
  function OtpApp() {
    const [code, setCode] = useState('');
    return (
      <>
        <DvcOtpInput
          length={4}
          label="Mã xác nhận"
          onDvcOtpChange={(event) => changes.push(event.detail)}
          onDvcOtpComplete={(event) => setCode(event.detail.value)}
        />
        <p id="code">{code ? `Đã nhập ${code}` : 'Chưa nhập'}</p>
      </>
    );
  }

  it('sets properties and attributes', async () => {
    const container = render(<OtpApp />);
    const otp = await rendered<OtpElement>(container, 'dvc-otp-input');
    // `length` is a property: a number, not the string an attribute would give.
    expect(otp.length).to.equal(4);
    expect(otp.shadowRoot!.querySelectorAll('[part~="box"]')).to.have.length(4);
    expect(text(otp.querySelector('label'))).to.equal('Mã xác nhận');
    await expect(container).to.be.accessible();
  });

  it('hears events through on… props, with their details', async () => {
    changes.length = 0;
    const container = render(<OtpApp />);
    const otp = await rendered<OtpElement>(container, 'dvc-otp-input');
    otp.querySelector('input')!.focus();
    await sendKeys({ type: '4321' });
    await settled(() => text(container.querySelector('#code')), 'Đã nhập 4321');
    expect(changes.map((change) => change.value)).to.deep.equal(['4', '43', '432', '4321']);
    expect(changes.at(-1)!.complete).to.equal(true);
  });

  it('passes arrays and objects as properties, follows state, and lets a handler cancel', async () => {
    const session = createSession();
    const submitted: DvcEventMap['dvc-payment-submit'][] = [];
    let addFee: () => void = () => {};
    function App() {
      const [fees, setFees] = useState(FEES);
      const [method, setMethod] = useState('');
      addFee = () => setFees([...FEES, { type: 'phi', code: 'P-2', name: 'Phí cấp bản sao', amount: 1_100_000 }]);
      return (
        <>
          <DvcPaymentSelector
            dossierCode={DOSSIER}
            fees={fees}
            providers={PROVIDERS}
            store={session}
            navigate={() => expect.fail('a cancelled submit must not leave the page')}
            onDvcPaymentMethodChange={(event) => setMethod(event.detail.method)}
            onDvcPaymentSubmit={(event) => {
              submitted.push(event.detail);
              event.preventDefault();
            }}
          />
          <p id="method">{method}</p>
        </>
      );
    }
    const container = render(<App />);
    const payment = await rendered<PaymentElement>(container, 'dvc-payment-selector');
    expect(payment.store).to.equal(session);
    expect(paymentTotal(payment)).to.contain('150.000 ₫');

    paymentRadio(payment, 'vnpay').click();
    await settled(() => text(container.querySelector('#method')), 'vnpay');
    addFee();
    await settled(() => paymentTotal(payment).match(/[\d.]+ ₫/)?.[0], '1.250.000 ₫');
    await payment.updateComplete;
    payment.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await settled(() => String(submitted.length), '1');
    expect(submitted[0]).to.deep.equal({ dossierCode: DOSSIER, amount: 1_250_000, method: 'vnpay' });
    await expect(container).to.be.accessible();
  });
});
