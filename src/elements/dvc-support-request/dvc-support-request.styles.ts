/**
 * The request renders in the light DOM (for autofill), where shadow styles do not reach: its rules
 * go in a `<style>` it renders itself, every selector scoped to the element.
 */
const S = 'dvc-support-request';

export const SUPPORT_REQUEST_STYLE = `
${S} { display: block; --_space: var(--dvc-space, 0.5rem); --_primary: var(--dvc-color-primary, #0b5cab); --_error: var(--dvc-color-error, #b3261e); color: var(--dvc-color-text, #1a1a1a); }
${S} .dvc-support { display: flex; flex-direction: column; gap: var(--_space); max-inline-size: 48rem; overflow-wrap: anywhere; }
${S} form { display: flex; flex-direction: column; gap: calc(var(--_space) * 2); }
${S} .field { display: flex; flex-direction: column; gap: calc(var(--_space) / 2); }
${S} fieldset { margin: 0; padding: 0; border: 0; min-inline-size: 0; display: flex; flex-direction: column; gap: calc(var(--_space) / 2); }
${S} legend, ${S} .field > label { font-weight: 600; padding: 0; margin-block-end: calc(var(--_space) / 2); }
${S} .option { display: flex; align-items: center; gap: var(--_space); min-block-size: 2.75rem; }
${S} .option input { inline-size: 1.5rem; block-size: 1.5rem; margin: 0; accent-color: var(--_primary); flex: none; }
${S} .reveal { margin-inline-start: 0.75rem; padding-inline-start: calc(var(--_space) * 2); border-inline-start: 4px solid var(--dvc-color-border, #595959); }
${S} input:not([type='file'], [type='radio']), ${S} textarea { font: inherit; padding: var(--_space); border: 2px solid var(--dvc-color-border, #595959); border-radius: var(--dvc-radius, 4px); min-block-size: 2.75rem; box-sizing: border-box; inline-size: 100%; }
${S} .invalid > input, ${S} .invalid textarea, ${S} .reveal.invalid input { border-color: var(--_error); }
${S} .invalid { border-inline-start: 4px solid var(--_error); padding-inline-start: var(--_space); }
${S} .error, ${S} .failure, ${S} .count.over { color: var(--_error); font-weight: 600; margin: 0; }
${S} .hint, ${S} .count { margin: 0; color: var(--dvc-color-muted, #4a4a4a); }
${S} .required { color: var(--_error); }
${S} .captcha { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); }
${S} .captcha img { block-size: 3rem; inline-size: auto; max-inline-size: 100%; border: 1px solid #595959; }
${S} .picker { max-inline-size: 38rem; }
${S} .chosen { margin: 0; font-weight: 600; }
${S} button { font: inherit; min-block-size: 2.75rem; padding: var(--_space) calc(var(--_space) * 2); border-radius: var(--dvc-radius, 4px); border: 2px solid var(--_primary); background: #fff; color: var(--_primary); cursor: pointer; }
${S} button.primary { background: var(--_primary); color: #fff; }
${S} button.link { border-color: transparent; background: none; text-decoration: underline; padding-inline: var(--_space); }
${S} button:focus-visible, ${S} a:focus-visible, ${S} input:focus-visible, ${S} textarea:focus-visible, ${S} [tabindex='-1']:focus-visible { outline: 3px solid var(--dvc-color-focus, #ffbf47); outline-offset: 2px; }
${S} .files { margin: 0; padding-inline-start: 1.25rem; }
${S} .files li { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); }
${S} .actions { display: flex; flex-wrap: wrap; gap: var(--_space); }
${S} .review { margin: 0; }
${S} .review > div { display: flex; flex-wrap: wrap; gap: 0 var(--_space); padding-block: var(--_space); border-block-end: 1px solid var(--dvc-color-border, #595959); }
${S} .review dt { font-weight: 600; flex: 1 1 12rem; }
${S} .review dd { margin: 0; flex: 2 1 16rem; white-space: pre-wrap; }
${S} .reference { margin: 0; display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); }
${S} .reference strong { font-family: ui-monospace, 'Cascadia Mono', 'Liberation Mono', monospace; font-size: 1.5rem; letter-spacing: 0.05em; user-select: all; padding: calc(var(--_space) / 2) var(--_space); border: 2px solid var(--dvc-color-border, #595959); border-radius: var(--dvc-radius, 4px); }
${S} .visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (forced-colors: active) { ${S} .invalid { border-inline-start-color: CanvasText; } ${S} button.primary { border-color: ButtonText; } }
`;
