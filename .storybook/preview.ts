import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { setLocale } from '../src/i18n/locale.js';
// Written by `npm run manifest` (run by the Storybook scripts) from the elements' JSDoc: the
// controls and docs of each element list its attributes, properties, events, slots, parts and
// CSS custom properties from it.
import manifest from '../custom-elements.json';
import { WCAG_RUN_ONLY } from './axe-rules.mjs';

setCustomElementsManifest(manifest);

const themes: Record<string, Record<string, string>> = {
  default: {},
  province: { '--dvc-color-primary': '#8a1538', '--dvc-color-focus': '#8a1538', '--dvc-radius': '2px' },
};

const preview: Preview = {
  // A docs page per element, from custom-elements.json (with @storybook/addon-docs).
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language',
      toolbar: {
        title: 'Ngôn ngữ / Language',
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt' },
          { value: 'en', title: 'English' },
        ],
      },
    },
    theme: {
      description: 'Theme',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: ['default', 'province'] },
    },
  },
  initialGlobals: { locale: 'vi', theme: 'default' },
  decorators: [
    (story, context) => {
      void setLocale(context.globals.locale ?? 'vi');
      document.documentElement.lang = context.globals.locale ?? 'vi';
      const style = document.documentElement.style;
      for (const theme of Object.values(themes)) for (const name of Object.keys(theme)) style.removeProperty(name);
      for (const [name, value] of Object.entries(themes[context.globals.theme as string] ?? {})) style.setProperty(name, value);
      return story();
    },
  ],
  parameters: {
    a11y: { test: 'error', options: { runOnly: WCAG_RUN_ONLY } },
  },
};

export default preview;
