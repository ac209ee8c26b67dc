import { css } from 'lit';

/**
 * Theme tokens. A page themes every element by setting the public `--dvc-*` properties; inside
 * shadow roots components use only the resolved `--_*` names, so the defaults live in one place.
 * Focus is an outline (`focusRing`), which forced-colours mode keeps, unlike box shadows.
 * Default colours meet WCAG 2.2 AA: text 4.5:1 and control boundaries 3:1 on white.
 */
export const tokens = css`
  :host {
    --_primary: var(--dvc-color-primary, #0a4fa0);
    --_on-primary: var(--dvc-color-on-primary, #ffffff);
    --_text: var(--dvc-color-text, #1b1f24);
    --_muted: var(--dvc-color-muted, #4a5461);
    --_surface: var(--dvc-color-surface, #ffffff);
    --_surface-alt: var(--dvc-color-surface-alt, #f1f4f8);
    --_border: var(--dvc-color-border, #6b7785);
    --_error: var(--dvc-color-error, #b3261e);
    --_success: var(--dvc-color-success, #1e6b34);
    --_warning: var(--dvc-color-warning, #7a4b00);
    --_focus: var(--dvc-color-focus, #0a4fa0);
    --_radius: var(--dvc-radius, 6px);
    --_space: var(--dvc-space, 8px);
    --_font: var(--dvc-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_font-size: var(--dvc-font-size, 1rem);
    --_target: max(24px, var(--dvc-target-size, 44px));

    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_text);
    line-height: 1.5;
  }

  :host([hidden]) {
    display: none !important;
  }

  @media (forced-colors: active) {
    :host {
      --_primary: LinkText;
      --_on-primary: ButtonText;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_surface-alt: Canvas;
      --_border: CanvasText;
      --_error: CanvasText;
      --_success: CanvasText;
      --_focus: Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;

/** The visible focus indicator every focusable part uses. */
export const focusRing = css`
  outline: 3px solid var(--_focus);
  outline-offset: 2px;
`;
