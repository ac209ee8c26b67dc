/**
 * The form renders in the light DOM (for autofill), where shadow styles do not reach: its rules
 * go in a `<style>` it renders itself, every selector scoped to the element.
 */
const S = 'dvc-feedback-form';

export const FEEDBACK_FORM_STYLE = `
${S} { display: block; --_space: var(--dvc-space, 0.5rem); color: var(--dvc-color-text, #1a1a1a); }
${S} .dvc-feedback { display: flex; flex-direction: column; gap: var(--_space); max-inline-size: 48rem; overflow-wrap: anywhere; }
${S} form { display: flex; flex-direction: column; gap: calc(var(--_space) * 2); }
${S} .field { display: flex; flex-direction: column; gap: calc(var(--_space) / 2); }
${S} label { font-weight: 600; }
${S} input:not([type='file']), ${S} textarea { font: inherit; padding: var(--_space); border: 2px solid var(--dvc-color-border, #595959); border-radius: var(--dvc-radius, 4px); min-block-size: 2.75rem; box-sizing: border-box; inline-size: 100%; }
${S} .invalid input, ${S} .invalid textarea { border-color: var(--dvc-color-error, #b3261e); }
${S} .error, ${S} .failure { color: var(--dvc-color-error, #b3261e); font-weight: 600; margin: 0; }
${S} .hint { margin: 0; color: var(--dvc-color-muted, #4a4a4a); }
${S} .captcha { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); }
${S} .captcha img { block-size: 3rem; inline-size: auto; max-inline-size: 100%; border: 1px solid #595959; }
${S} button { font: inherit; min-block-size: 2.75rem; padding: var(--_space) calc(var(--_space) * 2); border-radius: var(--dvc-radius, 4px); border: 2px solid var(--dvc-color-primary, #0b5cab); background: #fff; color: var(--dvc-color-primary, #0b5cab); cursor: pointer; }
${S} button.primary { background: var(--dvc-color-primary, #0b5cab); color: #fff; }
${S} button.link { border-color: transparent; background: none; text-decoration: underline; padding-inline: var(--_space); }
${S} button:focus-visible, ${S} a:focus-visible, ${S} input:focus-visible, ${S} textarea:focus-visible, ${S} [tabindex='-1']:focus-visible { outline: 3px solid var(--dvc-color-focus, #ffbf47); outline-offset: 2px; }
${S} .files { margin: 0; padding-inline-start: 1.25rem; }
${S} .files li { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); }
${S} .actions { display: flex; flex-wrap: wrap; gap: var(--_space); }
${S} .review dt { font-weight: 600; }
${S} .review dd { margin: 0 0 var(--_space); white-space: pre-wrap; }
${S} .visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
