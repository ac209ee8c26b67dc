/**
 * Two copies of the library on one page (a provincial page and a widget both include it) share
 * the tags: the first registers them, the other stays silent when it is the same version and says
 * once when it is another, whichever way it meets a taken tag (defining it, or finding it to load).
 */
import { VERSION } from './version.js';

type Registered = CustomElementConstructor & { version?: string };

const warnedVersions = new Set<string>();

/** Notes that `tag` is already registered by `existing` (maybe another copy of this library). */
export function noteTaken(tag: string, existing: Registered, ours: Registered | undefined, version = VERSION): void {
  const registered = existing.version ?? 'unknown';
  if (existing === ours || registered === version || warnedVersions.has(registered)) return;
  warnedVersions.add(registered);
  console.warn(
    `dvc-elements: <${tag}> and the other elements are already registered by version ${registered}; version ${version} is not used.`,
  );
}
