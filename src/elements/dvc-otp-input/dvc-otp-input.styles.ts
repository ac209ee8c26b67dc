import { css } from 'lit';
import { focusRing, tokens } from '../../base/tokens.styles.js';
import { spinner } from '../../base/spinner.styles.js';
import { visuallyHidden } from '../../base/visually-hidden.styles.js';

/**
 * The light-DOM parts are styled through `::slotted()`. Declarations that the layout depends on
 * are `!important`: in the cascade an important declaration from the shadow tree wins over the
 * page's, so an old CMS stylesheet (`input { width: 200px }`, `label { float: left }`) cannot
 * break the field; colours and type stay overridable through the parts and tokens.
 */
export const styles = [
  tokens,
  visuallyHidden,
  spinner,
  css`
    :host {
      display: block;
      /* In a page's grid or flex row too, the boxes shrink to the room given rather than overflow it. */
      min-inline-size: 0;
      --_gap: calc(var(--_space) * 0.75);
      /* Room at the right of the field for a password manager's badge, off the last box. */
      --_badge-room: 40px;
    }

    .base {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: calc(var(--_space) * 0.75);
      min-inline-size: 0;
    }
    .base.invalid {
      border-inline-start: 4px solid var(--_error);
      padding-inline-start: calc(var(--_space) * 1.5);
    }
    .base > * {
      max-inline-size: 100%;
    }

    ::slotted([hidden]) {
      display: none !important;
    }
    ::slotted([slot='label']),
    ::slotted([slot='hint']),
    ::slotted([slot='error']),
    ::slotted([slot='countdown']),
    ::slotted([slot='attempts']) {
      display: block !important;
      float: none !important;
      position: static !important;
      inline-size: auto !important;
      margin: 0 !important;
      padding: 0 !important;
      color: inherit;
      font: inherit;
      overflow-wrap: anywhere;
    }
    .label {
      font-weight: 600;
      font-size: 1.125em;
    }
    .hint,
    .countdown,
    .attempts {
      color: var(--_muted);
    }
    .countdown {
      font-variant-numeric: tabular-nums;
    }
    .attempts {
      color: var(--_text);
    }
    .error {
      display: flex;
      align-items: flex-start;
      gap: calc(var(--_space) / 2);
      color: var(--_error);
      font-weight: 600;
    }
    .error[hidden],
    [hidden] {
      display: none !important;
    }
    .icon {
      flex: none;
      inline-size: 1.25em;
      block-size: 1.25em;
      margin-block-start: 0.125em;
    }

    .control {
      position: relative;
      inline-size: fit-content;
      max-inline-size: calc(100% - var(--_badge-room));
      direction: ltr;
      border-radius: var(--_radius);
    }
    .control.focused {
      ${focusRing}
      outline-offset: 4px;
    }
    .boxes {
      display: flex;
      gap: var(--_gap);
    }
    .box {
      box-sizing: border-box;
      /* A width, not a flex-basis: the row's intrinsic width is built from it. */
      flex: 0 1 auto;
      inline-size: 3rem;
      min-inline-size: 24px;
      block-size: max(3.25rem, var(--_target));
      display: flex;
      align-items: center;
      justify-content: center;
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      font-size: 1.5em;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
      line-height: 1;
      user-select: none;
    }
    .box.active {
      border-color: var(--_primary);
      box-shadow: inset 0 0 0 1px var(--_primary);
    }
    .box.selected {
      background: var(--_primary);
      border-color: var(--_primary);
      color: var(--_on-primary);
    }
    .invalid .box {
      border-color: var(--_error);
    }
    .invalid .box.active {
      box-shadow: inset 0 0 0 1px var(--_error);
    }
    .inert .box {
      background: var(--_surface-alt);
      color: var(--_muted);
      border-style: dashed;
    }
    .caret {
      flex: none;
      inline-size: 2px;
      block-size: 1.1em;
      margin-inline: -1px;
      background: currentColor;
      animation: blink 1.1s step-end infinite;
    }
    @keyframes blink {
      50% {
        opacity: 0;
      }
    }

    /* The one real field, laid over the boxes: it takes the clicks, keys, paste and autofill. */
    ::slotted(input) {
      all: unset !important;
      position: absolute !important;
      inset-block: 0 !important;
      inset-inline-start: 0 !important;
      z-index: 1 !important;
      box-sizing: border-box !important;
      display: block !important;
      inline-size: calc(100% + var(--_badge-room)) !important;
      block-size: 100% !important;
      min-inline-size: 0 !important;
      max-inline-size: none !important;
      margin: 0 !important;
      padding: 0 !important;
      border: 0 !important;
      outline: none !important;
      box-shadow: none !important;
      background: transparent !important;
      color: transparent !important;
      -webkit-text-fill-color: transparent !important;
      caret-color: transparent !important;
      /* Forced colours would paint the hidden text and caret in CanvasText over the boxes. */
      forced-color-adjust: none !important;
      opacity: 1 !important;
      /* 16px or more, or iOS zooms the page on focus; the text itself is never seen. */
      font: 16px / 1 monospace !important;
      letter-spacing: -0.5em !important;
      text-indent: 0 !important;
      clip-path: inset(0 var(--_badge-room) 0 0) !important;
      cursor: text !important;
      appearance: none !important;
      transform: none !important;
      float: none !important;
    }
    ::slotted(input:disabled),
    ::slotted(input[readonly]) {
      cursor: default !important;
    }
    ::slotted(input:autofill) {
      opacity: 0 !important;
    }

    .busy {
      display: flex;
      align-items: center;
      gap: calc(var(--_space) / 2);
      color: var(--_muted);
    }

    .resend {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      column-gap: var(--_space);
    }
    .resend button {
      min-block-size: 24px;
      min-inline-size: 24px;
      margin: 0;
      padding: 0.25em 0;
      border: 0;
      background: none;
      color: var(--_primary);
      font: inherit;
      text-decoration: underline;
      text-underline-offset: 0.15em;
      cursor: pointer;
    }
    .resend button:hover {
      text-decoration-thickness: 3px;
    }
    .resend button:focus-visible {
      ${focusRing}
    }
    .resend button[aria-disabled='true'] {
      color: var(--_muted);
      text-decoration: none;
      cursor: not-allowed;
    }
    .resend-wait {
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
    }
    .resend-note {
      color: var(--_success);
    }
    .resend-note.failed {
      color: var(--_error);
      font-weight: 600;
    }

    @media (prefers-reduced-motion: reduce) {
      .caret,
      .spinner {
        animation: none;
      }
    }

    @media (forced-colors: active) {
      .box {
        border-color: CanvasText;
      }
      .box.active {
        border-color: Highlight;
        border-width: 3px;
      }
      .box.selected {
        forced-color-adjust: none;
        background: Highlight;
        border-color: Highlight;
        color: HighlightText;
      }
      .inert .box,
      .resend button[aria-disabled='true'] {
        color: GrayText;
        border-color: GrayText;
      }
      .caret {
        forced-color-adjust: none;
        background: CanvasText;
      }
      .control.focused {
        outline-color: Highlight;
      }
      .resend button {
        color: LinkText;
      }
    }
  `,
];
