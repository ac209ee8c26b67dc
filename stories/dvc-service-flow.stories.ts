import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/dvc-service-flow/define.js';
import { createDemoBackend } from '../src/core/backend/demo-backend.js';
import type { Procedure } from '../src/core/schemas/procedure.js';
import { createSession } from '../src/core/session.js';
// The real sample of national procedures, which the demo backend searches.
import datasetUrl from '../data/procedures.json?url';

interface Args {
  steps: string;
  procedure: string;
  lang: string;
}

/**
 * Each story has its own demo backend and session, and an id of its own so its saved journey
 * (sessionStorage) is not another story's. The provider and VNeID pages are not opened here.
 */
const meta: Meta<Args> = {
  title: 'Elements/dvc-service-flow',
  component: 'dvc-service-flow',
  args: { steps: '', procedure: '', lang: '' },
  loaders: [async () => ({ procedures: (await (await fetch(datasetUrl)).json()) as Procedure[] })],
  render: (args, context) => html`
    <dvc-service-flow
      id="story-${context.id}"
      lang=${args.lang || nothing}
      steps=${args.steps}
      procedure=${args.procedure}
      .backend=${createDemoBackend({ seed: context.id, procedures: (context.loaded as { procedures: Procedure[] }).procedures })}
      .store=${createSession()}
      .navigate=${() => undefined}
    ></dvc-service-flow>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The whole journey, from the search. */
export const WholeJourney: Story = {};

/** Starting with a chosen procedure: the applicant is confirmed and the dossier filed first. */
export const WithProcedure: Story = { args: { procedure: '1.000757' } };

/** A site that uses part of the journey: `steps="search,account"`. */
export const SearchAndAccount: Story = { args: { steps: 'search,account' } };

/** In English. */
export const English: Story = { args: { lang: 'en', procedure: '1.000757' } };
