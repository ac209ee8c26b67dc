import { createContext } from '@lit/context';
import type { Session } from '../core/session.js';

/**
 * The session an ancestor (such as `<dvc-service-flow>`) provides to the elements inside it.
 * A global symbol, so elements from two copies of the library still find each other's provider.
 */
export const sessionContext = createContext<Session>(Symbol.for('dvc-elements.session'));
