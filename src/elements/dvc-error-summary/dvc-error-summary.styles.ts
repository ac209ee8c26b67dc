import { css } from 'lit';
import { focusRing, tokens } from '../../base/tokens.styles.js';

export const styles = [
  tokens,
  css`
    :host {
      display: block;
    }
    [part='base'] {
      border: 4px solid var(--_error);
      padding: calc(var(--_space) * 2);
      margin-block-end: calc(var(--_space) * 3);
      background: var(--_surface);
    }
    [part='base']:focus-visible,
    [part='base']:focus {
      ${focusRing}
    }
    h2 {
      margin: 0 0 var(--_space);
      font-size: 1.25em;
    }
    ul {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    li + li {
      margin-block-start: calc(var(--_space) / 2);
    }
    a {
      color: var(--_error);
      font-weight: 600;
      text-decoration: underline;
      display: inline-block;
      min-block-size: 24px;
      /* A link that wraps keeps its bullet on its first line. */
      vertical-align: top;
    }
    a:focus-visible {
      ${focusRing}
    }
  `,
];
