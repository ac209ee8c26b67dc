// The axe-core rules the a11y panel and `npm run test:storybook` check: WCAG 2.0, 2.1 and 2.2,
// levels A and AA (axe-core tags its WCAG 2.2 rules `wcag22aa` only).
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const WCAG_RUN_ONLY = { type: 'tag', values: WCAG_TAGS };
