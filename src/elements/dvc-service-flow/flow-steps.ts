/** The journey's steps, in the order a citizen takes them, and the `steps` attribute's parsing. */
export const FLOW_STEPS = ['search', 'account', 'confirm', 'pay', 'status', 'rate'] as const;

export type FlowStep = (typeof FLOW_STEPS)[number];

export const isFlowStep = (value: unknown): value is FlowStep => (FLOW_STEPS as readonly unknown[]).includes(value);

/**
 * The steps a comma list names, in journey order (`"pay, search"` runs search then pay); every
 * step for an empty or absent list; `null` when a name is unknown.
 */
export function parseSteps(value: string | null | undefined): FlowStep[] | null {
  const names = (value ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (names.length === 0) return [...FLOW_STEPS];
  if (!names.every(isFlowStep)) return null;
  return FLOW_STEPS.filter((step) => names.includes(step));
}
