/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/dvc-procedure-search/define.js';
import type { DvcProcedureSearch } from '../src/elements/dvc-procedure-search/dvc-procedure-search.js';
import type { DvcBackend } from '../src/core/backend/types.js';
// The real sample of 2,642 national procedures, served by Storybook as a file, as a portal would.
import datasetUrl from '../data/procedures.json?url';
import { syntheticDataset } from '../scripts/synthetic-procedures.mjs';

interface Args {
  src: string;
  query: string;
  province: string;
  pageSize: number;
  filters: string;
  label: string;
  worker: 'auto' | 'on' | 'off';
}

const meta: Meta<Args> = {
  title: 'Elements/dvc-procedure-search',
  component: 'dvc-procedure-search',
  args: { src: datasetUrl, query: '', province: '', pageSize: 10, filters: '', label: '', worker: 'auto' },
  argTypes: {
    pageSize: { control: { type: 'number', min: 1, max: 100 } },
    filters: { control: 'text', description: 'JSON, e.g. {"level":["Cấp xã"],"online":["true"]}' },
    worker: { control: 'inline-radio', options: ['auto', 'on', 'off'] },
  },
  render: (args) => html`
    <dvc-procedure-search
      src=${args.src}
      query=${args.query || nothing}
      province=${args.province || nothing}
      page-size=${args.pageSize}
      filters=${args.filters || nothing}
      label=${args.label || nothing}
      worker=${args.worker}
    ></dvc-procedure-search>
  `,
  parameters: {
    docs: {
      description: {
        component:
          'Search the national procedure database in the page (a JSON file given by `src`) or through a backend. Try "tam tru", "ho chieu", a procedure code such as 1.000236, or a filter; pick a suggestion with the arrow keys and Enter; open a result and choose it.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

const find = (root: HTMLElement) => root.querySelector('dvc-procedure-search') as DvcProcedureSearch;

/** Waits until the element has results (or a failure) on screen. */
async function ready(el: DvcProcedureSearch): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    await el.updateComplete;
    if (el.shadowRoot?.querySelector('.results, .detail, .error')) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Types into the search field the way a keyboard would, one character at a time. */
async function type(el: DvcProcedureSearch, text: string): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#search-input')!;
  input.focus();
  for (const character of text) {
    input.value += character;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: character, inputType: 'insertText' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  // The results follow a pause in typing: wait until they are in, with the suggestions still open.
  for (let i = 0; i < 40; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (el.shadowRoot!.querySelector('.results[aria-busy="false"]')) return;
  }
}

/** Nothing typed yet: every procedure, with the filters to narrow them. */
export const Empty: Story = {};

/** The citizen is typing: the suggestions are open under the field, the matched words in bold. */
export const Typing: Story = {
  play: async ({ canvasElement }) => {
    const el = find(canvasElement);
    await ready(el);
    await type(el, 'dang ky tam');
  },
};

export const Results: Story = { args: { query: 'hộ chiếu' } };

export const Filtered: Story = { args: { query: 'đăng ký', filters: '{"level":["Cấp xã"],"online":["true"]}' } };

/** Nothing found: what to try, the hotline, and sectors to browse. */
export const NoResults: Story = { args: { query: 'qwerty' } };

/** Nothing found with a filter on: how many would match without it. */
export const NoResultsFiltered: Story = { args: { query: 'hộ chiếu', filters: '{"level":["Cơ quan khác"]}' } };

/** A procedure opened from the results: every field of the record and "Chọn thủ tục này". */
export const Detail: Story = {
  args: { query: 'đăng ký tạm trú' },
  play: async ({ canvasElement }) => {
    const el = find(canvasElement);
    await ready(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.result-link')?.click();
  },
};

export const ProvincePaged: Story = { args: { province: '01', pageSize: 5, query: 'giấy phép' } };

/** The dataset could not be loaded: the message and "Thử lại". */
export const LoadError: Story = { args: { src: '/no-such-dataset.json', query: 'tạm trú' } };

export const English: Story = {
  args: { query: 'khai sinh' },
  render: (args) =>
    html`<div lang="en">
      <dvc-procedure-search lang="en" src=${args.src} query=${args.query} page-size=${args.pageSize}></dvc-procedure-search>
    </div>`,
};

export const NarrowScreen: Story = {
  args: { query: 'xây dựng' },
  render: (args) =>
    html`<div style="max-inline-size: 320px; border: 1px dashed #999; padding: 8px">
      <dvc-procedure-search src=${args.src} query=${args.query}></dvc-procedure-search>
    </div>`,
};

/** Searching through a backend that has not answered yet: the busy state. */
export const Loading: Story = {
  render: () => {
    const backend = { searchProcedures: () => new Promise(() => undefined), getProcedure: () => new Promise(() => undefined) };
    return html`<dvc-procedure-search query="hộ chiếu" .backend=${backend as unknown as DvcBackend}></dvc-procedure-search>`;
  },
};

/**
 * A provincial portal's 20,000 procedures (the national ones and provincial copies): indexed and
 * searched in a Web Worker, so typing stays smooth. Set `worker` to `off` to compare with the
 * page's own thread.
 */
export const LargeDataset: Story = {
  args: { province: '01' },
  loaders: [async () => ({ records: syntheticDataset(await (await fetch(datasetUrl)).json()) })],
  render: (args, { loaded }) =>
    html`<dvc-procedure-search
      province=${args.province || nothing}
      worker=${args.worker}
      .procedures=${loaded.records}
    ></dvc-procedure-search>`,
};
