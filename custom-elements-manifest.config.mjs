// custom-elements.json from the elements' JSDoc: what editors, Storybook's docs and controls, and
// integrators read. `npm run manifest` writes it; `npm run build` and the Storybook scripts call it.

/** Lit's reactive-property table, styles and the callbacks the browser calls are not API to use. */
const PLUMBING = new Set([
  'properties',
  'styles',
  'formAssociated',
  'formDisabledCallback',
  'formResetCallback',
  'formStateRestoreCallback',
]);

const isPublic = (member) =>
  member.privacy !== 'private' && member.privacy !== 'protected' && !/^[_#]/.test(member.name) && !PLUMBING.has(member.name);

/** Internal reactive state is declared in `static properties` too; it has no attribute. */
const isPublicAttribute = (attribute) => !/^[_#]/.test(attribute.name) && !/^[_#]/.test(attribute.fieldName ?? '');

const LANG_DESCRIPTION =
  "Language of the element's text, `vi` or `en`; without it the nearest ancestor's `lang`, else the session's locale.";

/**
 * Keeps the manifest to the public API. The elements' JSDoc opens with `@summary`, whose text runs
 * to the next tag: tools get its first paragraph as the summary and the whole text as the description.
 */
function publicApi() {
  return {
    name: 'dvc-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          if (declaration.summary && !declaration.description) {
            declaration.description = declaration.summary;
            declaration.summary = declaration.summary.split(/\n\s*\n/)[0].replace(/\s*\n\s*/g, ' ');
          }
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter(isPublicAttribute);
            for (const attribute of declaration.attributes) if (attribute.name === 'lang') attribute.description ??= LANG_DESCRIPTION;
          }
          // `emit(name, ...)` in the base class reads as an event called "name"; the real ones are documented.
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('dvc-'));
        }
      }
    },
  };
}

export default {
  // The base class and the form mixin are analysed too, so inherited members (`store`, `session`,
  // `name`, `required`, `disabled`, `checkValidity()`...) appear on each element.
  globs: ['src/elements/**/*.ts', 'src/base/dvc-element.ts', 'src/base/form-control.ts'],
  exclude: ['src/elements/**/*.styles.ts', 'src/elements/**/define.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicApi()],
};
