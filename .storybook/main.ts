import type { StorybookConfig } from '@storybook/web-components-vite';

/** Stories, the MDX docs pages (Embedding) and autodocs generated from custom-elements.json. */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts', '../stories/**/*.mdx'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
};

export default config;
