// The part of react-dom/client these tests use (the package ships no types; @types/react-dom is
// not a dependency). Same in React 18 and 19.
declare module 'react-dom/client' {
  import type { ReactNode } from 'react';

  export interface Root {
    render(children: ReactNode): void;
    unmount(): void;
  }

  export function createRoot(container: Element | DocumentFragment): Root;
  export const version: string;
}
