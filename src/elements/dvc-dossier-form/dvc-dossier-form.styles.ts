/**
 * The form renders in the light DOM (for autofill), where shadow styles do not reach: its rules
 * go in a `<style>` it renders itself, every selector scoped to the element.
 */
const S = 'dvc-dossier-form';

export const DOSSIER_FORM_STYLE = `
${S} { display: block; --_space: var(--dvc-space, 0.5rem); color: var(--dvc-color-text, #1a1a1a); }
${S} .dvc-dossier { display: flex; flex-direction: column; gap: var(--_space); max-inline-size: 48rem; overflow-wrap: anywhere; }
${S} form { display: flex; flex-direction: column; gap: calc(var(--_space) * 2); }
${S} fieldset { border: 1px solid var(--dvc-color-border, #595959); border-radius: var(--dvc-radius, 4px); padding: var(--_space) calc(var(--_space) * 1.5); margin: 0; display: flex; flex-direction: column; gap: calc(var(--_space) * 1.5); min-inline-size: 0; }
${S} legend { font-weight: 700; padding-inline: calc(var(--_space) / 2); }
${S} .section > legend { font-size: 1.15em; }
${S} .group { display: flex; flex-direction: column; gap: var(--_space); align-items: flex-start; }
${S} .group > fieldset { align-self: stretch; }
${S} .field { display: flex; flex-direction: column; gap: calc(var(--_space) / 2); }
${S} label { font-weight: 600; }
${S} input:not([type='file']), ${S} textarea, ${S} select { font: inherit; padding: var(--_space); border: 2px solid var(--dvc-color-border, #595959); border-radius: var(--dvc-radius, 4px); min-block-size: 2.75rem; box-sizing: border-box; inline-size: 100%; background: #fff; color: inherit; }
${S} .invalid > input, ${S} .invalid > textarea, ${S} .invalid > select { border-color: var(--dvc-color-error, #b3261e); }
${S} .error, ${S} .failure { color: var(--dvc-color-error, #b3261e); font-weight: 600; margin: 0; }
${S} .hint { margin: 0; color: var(--dvc-color-muted, #4a4a4a); }
${S} .required { color: var(--dvc-color-error, #b3261e); }
${S} button, ${S} a.button { font: inherit; min-block-size: 2.75rem; padding: var(--_space) calc(var(--_space) * 2); border-radius: var(--dvc-radius, 4px); border: 2px solid var(--dvc-color-primary, #0b5cab); background: #fff; color: var(--dvc-color-primary, #0b5cab); cursor: pointer; box-sizing: border-box; display: inline-flex; align-items: center; text-decoration: none; }
${S} button.primary, ${S} a.button.primary { background: var(--dvc-color-primary, #0b5cab); color: #fff; }
${S} button.link { border-color: transparent; background: none; text-decoration: underline; padding-inline: var(--_space); min-block-size: 1.5rem; }
${S} button:focus-visible, ${S} a:focus-visible, ${S} input:focus-visible, ${S} textarea:focus-visible, ${S} select:focus-visible, ${S} summary:focus-visible, ${S} [tabindex='-1']:focus-visible { outline: 3px solid var(--dvc-color-focus, #ffbf47); outline-offset: 2px; }
${S} .files { margin: 0; padding-inline-start: 1.25rem; }
${S} .files li { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); }
${S} .actions { display: flex; flex-wrap: wrap; gap: var(--_space); }
${S} .review { margin: 0; }
${S} .review-row { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 2fr) auto; gap: var(--_space); padding-block: var(--_space); border-block-end: 1px solid var(--dvc-color-border, #b1b4b6); }
${S} .review dt { font-weight: 600; }
${S} .review dd { margin: 0; white-space: pre-wrap; }
${S} .review ol { margin: 0; padding-inline-start: 1.25rem; }
@media (max-width: 40rem) { ${S} .review-row { grid-template-columns: minmax(0, 1fr); } }
${S} .legal summary { cursor: pointer; min-block-size: 1.5rem; }
${S} .visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (forced-colors: active) { ${S} button.primary, ${S} a.button.primary { forced-color-adjust: none; background: ButtonText; color: ButtonFace; } }
`;
