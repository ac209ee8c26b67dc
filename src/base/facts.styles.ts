import { css } from 'lit';

/** A short list of facts (`<dl class="facts">`): each term, a colon, then its value in bold. */
export const facts = css`
  .facts {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: 0;
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dt::after {
    content: ':';
  }
  .facts dd {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
`;
