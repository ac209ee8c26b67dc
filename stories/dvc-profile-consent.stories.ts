import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/dvc-profile-consent/define.js';
import { createDemoBackend, type DemoFault } from '../src/core/backend/demo-backend.js';
import { DEMO_FIXTURES } from '../src/core/backend/demo/fixtures.js';
import { createSession } from '../src/core/session.js';

const { existingAccount } = DEMO_FIXTURES;

/** A session signed in as the demo's existing citizen, optionally with the question already answered. */
function signedIn(consent: boolean | null = null) {
  const session = createSession();
  session.signIn({ id: existingAccount.accountId, subject: 'citizen', method: 'phone', displayName: existingAccount.fullName });
  if (consent !== null) session.setProfileConsent(consent);
  return session;
}

const backend = (faults: DemoFault[] = []) => createDemoBackend({ seed: 'storybook-consent', faults, latencyMs: 0 });

const meta: Meta = {
  title: 'Elements/dvc-profile-consent',
  component: 'dvc-profile-consent',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

/** Right after sign-in: what the portal verified, and the question. */
export const Asking: Story = {
  render: () => html`<dvc-profile-consent .backend=${backend()} .store=${signedIn()}></dvc-profile-consent>`,
};

/** The citizen agreed: one line, and the way to withdraw. */
export const Agreed: Story = {
  render: () => html`<dvc-profile-consent .backend=${backend()} .store=${signedIn(true)}></dvc-profile-consent>`,
};

/** The citizen declined: one line, and the way to agree after all. */
export const Declined: Story = {
  render: () => html`<dvc-profile-consent .backend=${backend()} .store=${signedIn(false)}></dvc-profile-consent>`,
};

/** The profile could not be read: the reason and a retry. */
export const LoadFailed: Story = {
  render: () =>
    html`<dvc-profile-consent
      .backend=${backend([{ call: 'getProfile', kind: 'server', times: 1 }])}
      .store=${signedIn()}
    ></dvc-profile-consent>`,
};

/** In English. */
export const English: Story = {
  render: () => html`<div lang="en"><dvc-profile-consent .backend=${backend()} .store=${signedIn()}></dvc-profile-consent></div>`,
};
