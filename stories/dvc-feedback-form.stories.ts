import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/dvc-feedback-form/define.js';
import '../src/elements/dvc-error-summary/define.js';
import { createDemoBackend, type DemoFault } from '../src/core/backend/demo-backend.js';
import { DEMO_FIXTURES } from '../src/core/backend/demo/fixtures.js';
import { createSession } from '../src/core/session.js';

const { existingAccount } = DEMO_FIXTURES;

/** Signed in as the demo's existing citizen, who agreed to reuse the verified profile. */
function signedIn() {
  return createSession({
    account: { id: existingAccount.accountId, subject: 'citizen', method: 'phone', displayName: existingAccount.fullName },
    profile: { fullName: existingAccount.fullName, phone: existingAccount.phone, email: 'minh.tran@example.vn' },
    profileConsent: true,
  });
}

const backend = (faults: DemoFault[] = []) => createDemoBackend({ seed: 'storybook-feedback', faults, latencyMs: 300 });

const meta: Meta = {
  title: 'Elements/dvc-feedback-form',
  component: 'dvc-feedback-form',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

/** A signed-in citizen: name, phone and email prefilled; the captcha answer is in the demo backend. */
export const SignedIn: Story = {
  render: () => html`<dvc-feedback-form .backend=${backend()} .store=${signedIn()}></dvc-feedback-form>`,
};

/** Not signed in: the reason and the way to sign in, no form. */
export const NotSignedIn: Story = {
  render: () => html`<dvc-feedback-form .backend=${backend()} .store=${createSession()} sign-in-url="#dang-nhap"></dvc-feedback-form>`,
};

/** The portal fails the first time it is sent: the reason, and every answer kept. */
export const ServerFails: Story = {
  render: () =>
    html`<dvc-feedback-form
      .backend=${backend([{ call: 'submitFeedback', kind: 'server', times: 1 }])}
      .store=${signedIn()}
    ></dvc-feedback-form>`,
};

/** Following up a feedback by its reference (unknown in a fresh demo: the not-found message). */
export const FollowUpUnknown: Story = {
  render: () => html`<dvc-feedback-form .backend=${backend()} reference="PAKN-200101-000000"></dvc-feedback-form>`,
};

/** In English, at 320 px. */
export const EnglishNarrow: Story = {
  render: () =>
    html`<div lang="en" style="max-inline-size: 320px">
      <dvc-feedback-form .backend=${backend()} .store=${signedIn()}></dvc-feedback-form>
    </div>`,
};
