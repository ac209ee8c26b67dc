import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/elements/dvc-payment-selector/define.js';
import type { DvcPaymentSelector } from '../src/elements/dvc-payment-selector/dvc-payment-selector.js';
import { createDemoBackend, type DemoBackend, type PaymentOutcome } from '../src/core/backend/demo-backend.js';
import { DEMO_FIXTURES } from '../src/core/backend/demo/fixtures.js';
import type { DvcBackend } from '../src/core/backend/types.js';
import { DEFAULT_PAYMENT_PROVIDERS, type PaymentProvider } from '../src/core/data/payment-providers.js';
import { DvcError } from '../src/core/errors.js';
import type { FeeLine } from '../src/core/schemas/fees.js';

const DOSSIER = DEMO_FIXTURES.dossiers.awaitingPayment;

const FEES: FeeLine[] = [
  { type: 'le-phi', code: 'LP-1.000358', name: 'Lệ phí giải quyết thủ tục hành chính', amount: 50_000 },
  { type: 'phi', code: 'P-1.000358', name: 'Phí thẩm định hồ sơ', amount: 100_000 },
];

interface Args {
  dossierCode: string;
  procedureName: string;
  fees: FeeLine[];
  providers: readonly PaymentProvider[];
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/dvc-payment-selector',
  component: 'dvc-payment-selector',
  args: {
    dossierCode: DOSSIER,
    procedureName: 'Cấp giấy phép xây dựng',
    fees: FEES,
    providers: DEFAULT_PAYMENT_PROVIDERS,
    lang: '',
  },
  render: (args) => html`
    <dvc-payment-selector
      lang=${args.lang || nothing}
      dossier-code=${args.dossierCode}
      procedure-name=${args.procedureName}
      .fees=${args.fees}
      .providers=${args.providers}
      .navigate=${() => undefined}
    ></dvc-payment-selector>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The fees grouped as lệ phí and phí, with subtotals and the total; nothing chosen yet. */
export const Review: Story = {};

/** A provider chosen: the button says where the citizen is going. */
export const Chosen: Story = {
  render: (args) => html`
    <dvc-payment-selector
      dossier-code=${args.dossierCode}
      procedure-name=${args.procedureName}
      .fees=${args.fees}
      .providers=${args.providers}
      ${ref((el) => {
        const selector = el as DvcPaymentSelector | undefined;
        void selector?.updateComplete.then(() => selector.shadowRoot!.querySelector<HTMLInputElement>('input[value="vnpay"]')?.click());
      })}
    ></dvc-payment-selector>
  `,
};

/** "Đang chuyển đến VNPAY…": the payment is being created (this backend never answers). */
export const Busy: Story = {
  render: (args) => {
    const backend = { createPayment: () => new Promise(() => undefined) } as unknown as DvcBackend;
    return html`
      <dvc-payment-selector
        dossier-code=${args.dossierCode}
        .fees=${args.fees}
        .providers=${args.providers}
        ${ref((el) => {
          const selector = el as DvcPaymentSelector | undefined;
          if (!selector || selector.backend) return;
          void selector.updateComplete.then(async () => {
            selector.shadowRoot!.querySelector<HTMLInputElement>('input[value="vnpay"]')?.click();
            selector.backend = backend;
            await selector.updateComplete;
            void selector.pay();
          });
        })}
      ></dvc-payment-selector>
    `;
  },
};

/** Providers down, closed at this hour, or whose limits exclude the amount: disabled, with the reason. */
export const ProviderOutage: Story = {
  args: {
    providers: [
      { id: 'vnpay', name: 'VNPAY', kind: 'qr', available: false },
      { id: 'napas', name: 'NAPAS', kind: 'card', minAmount: 200_000 },
      { id: 'momo', name: 'MoMo', kind: 'e-wallet', maxAmount: 100_000 },
      { id: 'payoo', name: 'Payoo', kind: 'qr', availability: { from: '00:00', to: '00:01' } },
      { id: 'vietcombank', name: 'Vietcombank', kind: 'bank' },
    ],
  },
};

/**
 * Continue pressed with no provider chosen and a mistyped email: inline messages next to the
 * fields, the error summary at the top with links to them. The payer fields are native inputs in
 * the element's light DOM, where autofill reaches them.
 */
export const PayerErrors: Story = {
  render: (args) => html`
    <dvc-payment-selector
      dossier-code=${args.dossierCode}
      .fees=${args.fees}
      .providers=${args.providers}
      ${ref((el) => {
        const selector = el as DvcPaymentSelector | undefined;
        if (!selector || selector.dataset.shown) return;
        selector.dataset.shown = 'yes';
        void selector.updateComplete.then(() => {
          const email = selector.querySelector<HTMLInputElement>('input[name="payer-email"]')!;
          email.value = 'an.nguyen@';
          email.dispatchEvent(new Event('input'));
          void selector.pay();
        });
      })}
    ></dvc-payment-selector>
  `,
};

/** The server says a provider is down (a configured outage in the demo backend): refused at once, then shown disabled. */
export const ServerOutage: Story = {
  render: (args) => {
    const backend = createDemoBackend({ seed: 'storybook-outage', providerOutages: ['momo'] });
    return html`
      <dvc-payment-selector
        dossier-code=${args.dossierCode}
        .providers=${args.providers}
        .backend=${backend}
        .navigate=${() => undefined}
        ${ref((el) => {
          const selector = el as DvcPaymentSelector | undefined;
          if (!selector || selector.dataset.shown) return;
          selector.dataset.shown = 'yes';
          const choose = () => {
            const momo = selector.shadowRoot?.querySelector<HTMLInputElement>('input[value="momo"]');
            if (!momo) return void setTimeout(choose, 50);
            momo.click();
            void selector.pay();
          };
          choose();
        })}
      ></dvc-payment-selector>
    `;
  },
};

/** The same in English: `₫150,000`. */
export const English: Story = { args: { lang: 'en' } };

interface Loaded {
  backend: DvcBackend;
  transactionId: string;
}

/** A payment of the demo dossier on the in-memory backend, left in `outcome`. */
function returnedWith(outcome: PaymentOutcome | 'pending' | 'expired', broken = false) {
  /** For `delayed`: the stand-in provider confirms six seconds after sending the citizen back. */
  const confirmDelayMs = 6_000;
  return async (): Promise<Loaded> => {
    const demo: DemoBackend = createDemoBackend({ seed: 'storybook', ...(outcome === 'expired' ? { paymentValidMs: 0 } : {}) });
    const payment = await demo.createPayment({
      dossierCode: DOSSIER,
      providerId: 'vnpay',
      idempotencyKey: `story-${outcome}-key`,
      returnUrl: '/return',
    });
    if (outcome !== 'expired') demo.openPaymentPage(payment.transactionId);
    if (outcome !== 'pending' && outcome !== 'expired') demo.settlePayment(payment.transactionId, outcome, confirmDelayMs);
    const backend: DvcBackend = broken ? { ...demo, getPaymentStatus: () => Promise.reject(new DvcError('server')) } : demo;
    return { backend, transactionId: payment.transactionId };
  };
}

/** Back from the provider, in the page's language unless `lang` is given. */
const onReturn =
  (lang?: string) =>
  (_args: Args, { loaded }: { loaded: Record<string, unknown> }) => {
    const { backend, transactionId } = loaded as unknown as Loaded;
    return html`<dvc-payment-selector
      lang=${lang ?? nothing}
      dossier-code=${DOSSIER}
      transaction-id=${transactionId}
      .backend=${backend}
    ></dvc-payment-selector>`;
  };

/** Back from the provider, paid: one receipt for lệ phí, one for phí. */
export const Paid: Story = { loaders: [returnedWith('succeeded')], render: onReturn() };
/** Back from the provider before it confirmed: pending, checked again with backoff, then paid (about six seconds). */
export const DelayedConfirmation: Story = { loaders: [returnedWith('delayed')], render: onReturn() };
/** Back on the page later (no reference in the URL): the dossier is paid, nothing to pay again. */
export const AlreadyPaid: Story = {
  loaders: [returnedWith('succeeded')],
  render: (_args, { loaded }) => {
    const { backend } = loaded as unknown as Loaded;
    return html`<dvc-payment-selector dossier-code=${DOSSIER} .backend=${backend}></dvc-payment-selector>`;
  },
};
/** Back from the provider, not yet confirmed: explained, and checked again with backoff. */
export const Pending: Story = { loaders: [returnedWith('pending')], render: onReturn() };
/** Declined by the bank: no money taken, another method offered. */
export const Failed: Story = { loaders: [returnedWith('failed')], render: onReturn() };
/** Cancelled on the provider's page. */
export const Cancelled: Story = { loaders: [returnedWith('cancelled')], render: onReturn() };
/** Not finished in time. */
export const Expired: Story = { loaders: [returnedWith('expired')], render: onReturn() };
/** The status could not be read: no claim either way, and "Thử lại". */
export const StatusError: Story = { loaders: [returnedWith('succeeded', true)], render: onReturn() };
/** Paid, in English. */
export const PaidEnglish: Story = { loaders: [returnedWith('succeeded')], render: onReturn('en') };
