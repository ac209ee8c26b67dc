/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/dvc-service-flow/define.js';
import { createDemoBackend, type DemoBackend } from '../src/core/backend/demo-backend.js';
import type { Procedure } from '../src/core/schemas/procedure.js';
import { createSession } from '../src/core/session.js';
// The real sample of national procedures, which the demo backend searches.
import datasetUrl from '../data/procedures.json?url';

interface Loaded {
  procedures: Procedure[];
}

/**
 * The citizen's whole journey in one tag, next to a stand-in phone that shows the messages the
 * demo backend "sends", so the one-time code can be read and the journey completed here: find a
 * procedure, create an account, file the dossier, pay, follow its status and rate the service.
 */
const meta: Meta = {
  title: 'Flow',
  component: 'dvc-service-flow',
  loaders: [async (): Promise<Loaded> => ({ procedures: (await (await fetch(datasetUrl)).json()) as Procedure[] })],
};
export default meta;

/** The messages the demo backend sent, newest last, as a phone would list them. */
function phone(backend: DemoBackend) {
  const list = document.createElement('ol');
  const show = () =>
    list.replaceChildren(
      ...backend.inbox.map((message) => {
        const item = document.createElement('li');
        item.textContent = `${message.to}: ${message.text}`;
        return item;
      }),
    );
  show();
  backend.onMessage(show);
  return list;
}

const journey = (options: { id: string; procedures: Procedure[]; lang: string; procedure?: string }) => {
  const backend = createDemoBackend({ seed: options.id, procedures: options.procedures });
  return html`
    <div
      lang=${options.lang}
      style="display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; font-family: system-ui, sans-serif"
    >
      <dvc-service-flow
        id=${options.id}
        procedure=${options.procedure ?? ''}
        .backend=${backend}
        .store=${createSession()}
        .navigate=${() => undefined}
        style="flex: 3 1 30rem; min-inline-size: 0"
      ></dvc-service-flow>
      <section
        aria-labelledby="${options.id}-phone"
        style="flex: 1 1 16rem; padding: 8px 16px; border: 1px solid #6b7785; border-radius: 8px"
      >
        <h2 id="${options.id}-phone" style="font-size: 1rem">
          ${options.lang === 'en' ? 'Text messages (demo phone)' : 'Tin nhắn SMS (điện thoại demo)'}
        </h2>
        ${phone(backend)}
      </section>
    </div>
  `;
};

/** From the search to the rating, in the toolbar's language. */
export const CitizenJourney: StoryObj = {
  render: (_args, { id, loaded, globals }) =>
    journey({ id: `flow-${id}`, procedures: (loaded as Loaded).procedures, lang: (globals.locale as string | undefined) ?? 'vi' }),
};

/** A portal page about one procedure: the journey starts with it chosen, in English. */
export const CitizenJourneyEnglish: StoryObj = {
  render: (_args, { id, loaded }) =>
    journey({ id: `flow-${id}`, procedures: (loaded as Loaded).procedures, lang: 'en', procedure: '1.000757' }),
};
