// A React 19 app: the elements as plain custom elements (React 19 sets properties and listens to
// `on<event-name>` props itself) and through the `dvc-elements/react` wrappers.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { useRef, useState, version, type ComponentType } from 'react';
import { createSession } from '../../../src/core/session.js';
import type { DvcEventMap } from '../../../src/core/events.js';
import * as wrappers from '../../../src/react/index.js';
import { DvcOtpInput, DvcPaymentSelector } from '../../../src/react/index.js';
import { ELEMENT_EVENTS } from '../../../src/react/element-events.js';
import type { DvcOtpInput as OtpElement } from '../../../src/elements/dvc-otp-input/dvc-otp-input.js';
import type { DvcPaymentSelector as PaymentElement } from '../../../src/elements/dvc-payment-selector/dvc-payment-selector.js';
import { DOSSIER, FEES, PROVIDERS, paymentRadio, paymentTotal, render, rendered, settled, text, unmountAll } from './support.js';

type OtpChange = DvcEventMap['dvc-otp-change'];

afterEach(unmountAll);

it('runs React 19', () => {
  expect(version).to.match(/^19\./);
});

describe('React 19 with the tags themselves', () => {
  const changes: OtpChange[] = [];
  function OtpApp() {
    const [code, setCode] = useState('');
    return (
      <>
        <dvc-otp-input
          length={4}
          label="Mã xác nhận"
          ondvc-otp-change={(event) => changes.push(event.detail)}
          ondvc-otp-complete={(event) => setCode(event.detail.value)}
        />
        <p id="code">{code ? `Đã nhập ${code}` : 'Chưa nhập'}</p>
      </>
    );
  }

  it('sets properties and reads attributes', async () => {
    const container = render(<OtpApp />);
    const otp = await rendered<OtpElement>(container, 'dvc-otp-input');
    // `length` is a property: a number, not the string an attribute would give.
    expect(otp.length).to.equal(4);
    expect(otp.shadowRoot!.querySelectorAll('[part~="box"]')).to.have.length(4);
    expect(text(otp.querySelector('label'))).to.equal('Mã xác nhận');
    await expect(container).to.be.accessible();
  });

  it('hears events through on<event-name> props, with their details', async () => {
    changes.length = 0;
    const container = render(<OtpApp />);
    const otp = await rendered<OtpElement>(container, 'dvc-otp-input');
    otp.querySelector('input')!.focus();
    await sendKeys({ type: '12a34' });
    await settled(() => text(container.querySelector('#code')), 'Đã nhập 1234');
    expect(changes.at(-1)).to.deep.equal({ value: '1234', complete: true });
    expect(changes.map((change) => change.value)).to.deep.equal(['1', '12', '123', '1234']);
    expect(otp.value).to.equal('1234');
    await expect(container).to.be.accessible();
  });

  it('passes arrays, objects and functions as properties, and follows state changes', async () => {
    const session = createSession();
    let addFee: () => void = () => {};
    function App() {
      const [fees, setFees] = useState(FEES);
      const [method, setMethod] = useState('');
      addFee = () => setFees([...FEES, { type: 'phi', code: 'P-2', name: 'Phí cấp bản sao', amount: 1_100_000 }]);
      return (
        <>
          <dvc-payment-selector
            dossier-code={DOSSIER}
            procedure-name="Cấp giấy phép xây dựng"
            fees={fees}
            providers={PROVIDERS}
            store={session}
            now={() => Date.UTC(2026, 0, 15, 3, 0)}
            ondvc-payment-method-change={(event) => setMethod(event.detail.method)}
          />
          <p id="method">{method}</p>
        </>
      );
    }
    const container = render(<App />);
    const payment = await rendered<PaymentElement>(container, 'dvc-payment-selector');
    expect(payment.dossierCode).to.equal(DOSSIER);
    expect(payment.store).to.equal(session);
    expect(payment.fees).to.deep.equal(FEES);
    expect(paymentTotal(payment)).to.contain('150.000 ₫');

    paymentRadio(payment, 'momo').click();
    await settled(() => text(container.querySelector('#method')), 'momo');
    expect(payment.method).to.equal('momo');

    addFee();
    await settled(() => paymentTotal(payment).match(/[\d.]+ ₫/)?.[0], '1.250.000 ₫');
    await expect(container).to.be.accessible();
  });
});

describe('React 19 with the wrappers', () => {
  it('maps props to properties and on… props to typed events, and hands out the element by ref', async () => {
    const completed: string[] = [];
    let element: OtpElement | null = null;
    function App() {
      const ref = useRef<OtpElement>(null);
      const [changes, setChanges] = useState(0);
      return (
        <>
          <DvcOtpInput
            ref={(node) => {
              ref.current = node;
              element = node;
            }}
            length={5}
            name="otp"
            onDvcOtpChange={() => setChanges((count) => count + 1)}
            onDvcOtpComplete={(event) => completed.push(event.detail.value)}
          />
          <p id="changes">{changes}</p>
        </>
      );
    }
    const container = render(<App />);
    const otp = await rendered<OtpElement>(container, 'dvc-otp-input');
    expect(element).to.equal(otp);
    expect(otp.length).to.equal(5);
    otp.querySelector('input')!.focus();
    await sendKeys({ type: '98765' });
    await settled(() => text(container.querySelector('#changes')), '5');
    expect(completed).to.deep.equal(['98765']);
    await expect(container).to.be.accessible();
  });

  it('cancels a cancelable event from an on… handler', async () => {
    const submitted: DvcEventMap['dvc-payment-submit'][] = [];
    const container = render(
      <DvcPaymentSelector
        dossierCode={DOSSIER}
        fees={FEES}
        providers={PROVIDERS}
        store={createSession()}
        navigate={() => expect.fail('a cancelled submit must not leave the page')}
        onDvcPaymentSubmit={(event) => {
          submitted.push(event.detail);
          event.preventDefault();
        }}
      />,
    );
    const payment = await rendered<PaymentElement>(container, 'dvc-payment-selector');
    paymentRadio(payment, 'vnpay').click();
    await payment.updateComplete;
    payment.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await settled(() => String(submitted.length), '1');
    expect(submitted[0]).to.deep.equal({ dossierCode: DOSSIER, amount: 150_000, method: 'vnpay' });
  });

  it('has a wrapper for every element the package registers, rendering that element', async () => {
    const source = await (await fetch('/src/define.ts')).text();
    const tags = [...source.matchAll(/elements\/(dvc-[a-z-]+)\/define\.[jt]s/g)].map((match) => match[1]);
    expect(tags).to.include.members(['dvc-otp-input', 'dvc-registration-wizard']);
    const components = wrappers as unknown as Record<string, ComponentType<object>>;
    for (const tag of tags) {
      const name = tag.replace(/(^|-)([a-z])/g, (_, _dash, letter: string) => letter.toUpperCase());
      expect(components[name], `a wrapper for <${tag}>`).to.not.equal(undefined);
      expect(Object.keys(ELEMENT_EVENTS), `the events of <${tag}>`).to.include(tag);
      const Wrapper = components[name];
      const container = render(<Wrapper />);
      const el = await rendered(container, tag);
      expect(el).to.be.instanceOf(customElements.get(tag)!);
    }
  });
});
