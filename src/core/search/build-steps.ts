/**
 * A long build written as a generator that pauses (`yield`) between pieces of work. Run at once
 * (`runSteps`) it is an ordinary call; run in slices (`runStepsInSlices`) it hands the thread
 * back every few milliseconds, so indexing a large dataset on a page is many short tasks
 * instead of one long one that would freeze typing and scrolling.
 */
export type BuildSteps<T> = Generator<void, T, void>;

/** Work per slice: far below a 50 ms long task, so a frame still fits between two slices. */
const SLICE_MS = 8;

export function runSteps<T>(steps: BuildSteps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export async function runStepsInSlices<T>(steps: BuildSteps<T>, sliceMs = SLICE_MS): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
}

/**
 * Resolves in a later task. Not `setTimeout`: browsers throttle timers in background tabs to
 * once a second, which would stretch a build of a few hundred milliseconds into minutes.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
