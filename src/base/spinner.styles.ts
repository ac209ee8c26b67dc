import { css } from 'lit';

/** The busy indicator elements show while they wait for the server; reduced motion stops it (tokens). */
export const spinner = css`
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
`;
