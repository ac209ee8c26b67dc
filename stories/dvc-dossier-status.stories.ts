import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/dvc-dossier-status/define.js';
import { createDemoBackend } from '../src/core/backend/demo-backend.js';
import { DEMO_FIXTURES } from '../src/core/backend/demo/fixtures.js';
import type { DvcBackend } from '../src/core/backend/types.js';
import { DvcError } from '../src/core/errors.js';

const { awaitingPayment, documentsRequested, resolved } = DEMO_FIXTURES.dossiers;

interface Args {
  dossierCode: string;
  lang: string;
}

/** A demo backend of the story's own, so one story's changes never show in another. */
const demo = () => createDemoBackend({ seed: 'dossier-status-story' });

const meta: Meta<Args> = {
  title: 'Elements/dvc-dossier-status',
  component: 'dvc-dossier-status',
  args: { dossierCode: awaitingPayment, lang: '' },
  render: (args) => html`
    <dvc-dossier-status
      lang=${args.lang || nothing}
      dossier-code=${args.dossierCode}
      poll-interval="0"
      .backend=${demo()}
    ></dvc-dossier-status>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Waiting for its fees (status 6): the amount and "Nộp phí, lệ phí", the timeline and the due date. */
export const AwaitingPayment: Story = {};

/** The agency asks for more documents (status 5): the list and "Bổ sung giấy tờ". */
export const DocumentsRequested: Story = { args: { dossierCode: documentsRequested } };

/** The result was returned (status 10), with the whole timeline. */
export const ResultReturned: Story = { args: { dossierCode: resolved } };

/** No `dossier-code`: the lookup form. Try 000.00.06.H56-231027-0361, or a wrong code. */
export const LookUp: Story = {
  render: (args) => html`<dvc-dossier-status lang=${args.lang || nothing} poll-interval="0" .backend=${demo()}></dvc-dossier-status>`,
};

/** The server is failing: the explanation with "Thử lại". */
export const ServerError: Story = {
  render: (args) => {
    const backend = { getDossierStatus: () => Promise.reject(new DvcError('server', { status: 500 })) } as unknown as DvcBackend;
    return html`<dvc-dossier-status
      lang=${args.lang || nothing}
      dossier-code=${args.dossierCode}
      .backend=${backend}
    ></dvc-dossier-status>`;
  },
};

/** Loading: this backend never answers. */
export const Loading: Story = {
  render: (args) => {
    const backend = { getDossierStatus: () => new Promise(() => undefined) } as unknown as DvcBackend;
    return html`<dvc-dossier-status
      lang=${args.lang || nothing}
      dossier-code=${args.dossierCode}
      .backend=${backend}
    ></dvc-dossier-status>`;
  },
};

/**
 * The agency moves the dossier on while the page is open: the element checks every 2 seconds and
 * announces the new status politely.
 */
export const StatusChanges: Story = {
  render: (args) => {
    const backend = demo();
    setTimeout(() => backend.advanceDossier(args.dossierCode, { status: 4 }), 3000);
    return html`<dvc-dossier-status
      lang=${args.lang || nothing}
      dossier-code=${args.dossierCode}
      poll-interval="2"
      .backend=${backend}
    ></dvc-dossier-status>`;
  },
};

/** In English. */
export const English: Story = { args: { lang: 'en' } };
