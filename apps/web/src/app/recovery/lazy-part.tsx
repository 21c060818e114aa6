import { Suspense, type ComponentType } from 'react';
import { lazyWithRetry } from './lazy-with-retry.ts';

/**
 * A part of a page that only some roles or states show (a card, a button),
 * loaded when it is first rendered instead of with the page (issue 20: the
 * application page carried every role's cards). It suspends on its own
 * boundary, showing nothing until its chunk arrives, so the rest of the page
 * stays on screen; a failed chunk load recovers like a page's (lazyWithRetry).
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazyWithRetry<P>(() => load().then((component) => ({ default: component })));
  return function LazyPart(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}
