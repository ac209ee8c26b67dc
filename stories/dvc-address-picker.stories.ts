import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/dvc-address-picker/define.js';
import type { Commune } from '../src/core/data/communes.js';
import { createSession } from '../src/core/session.js';

interface Args {
  label: string;
  value: string;
  required: boolean;
  disabled: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/dvc-address-picker',
  component: 'dvc-address-picker',
  args: { label: '', value: '', required: true, disabled: false },
  render: (args) => html`
    <dvc-address-picker
      name="address"
      label=${args.label || nothing}
      value=${args.value || nothing}
      ?required=${args.required}
      ?disabled=${args.disabled}
    ></dvc-address-picker>
  `,
  parameters: {
    docs: {
      description: {
        component:
          'Province → commune in the 34 provinces and 3,321 communes in force since 1 July 2025, then house number and street. Type with or without diacritics; old province names ("Bình Dương", "Quảng Nam") find the new province, with a note. The commune field also searches the whole country before a province is chosen.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Empty: Story = {};

export const Filled: Story = {
  args: { value: '{"provinceCode":"01","communeCode":"00070","houseNumber":"1","street":"Tràng Tiền"}' },
};

export const ProvinceOnly: Story = { args: { value: '{"provinceCode":"79"}' } };

export const WithErrors: Story = {
  args: { value: '{"provinceCode":"79"}' },
  play: async ({ canvasElement }) => {
    const picker = canvasElement.querySelector('dvc-address-picker')!;
    await picker.updateComplete;
    picker.reportValidity();
  },
};

export const Disabled: Story = { args: { value: '{"provinceCode":"46"}', disabled: true } };

/** Filled from the citizen's profile, which still holds an address from before the merger. */
export const PrefilledFromProfile: Story = {
  render: () => {
    const session = createSession({
      profileConsent: true,
      profile: { address: 'Số 5 Yersin, Phường Phú Cường, Thành phố Thủ Dầu Một, Tỉnh Bình Dương' },
    });
    return html`<dvc-address-picker name="address" required .store=${session}></dvc-address-picker>`;
  },
};

/** The commune list could not be loaded: the user is told and can try again; the rest still works. */
export const CommunesUnavailable: Story = {
  render: () => {
    const failing = (): Promise<readonly Commune[]> => Promise.reject(new Error('offline'));
    return html`<dvc-address-picker name="address" .communeSource=${failing}></dvc-address-picker>`;
  },
};

export const English: Story = {
  render: () =>
    html`<div lang="en">
      <dvc-address-picker lang="en" name="address" required value='{"provinceCode":"48"}'></dvc-address-picker>
    </div>`,
};

export const NarrowScreen: Story = {
  render: () => html`<div style="inline-size: 320px"><dvc-address-picker name="address" required></dvc-address-picker></div>`,
};
