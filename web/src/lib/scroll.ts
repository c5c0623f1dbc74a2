import { useEffect, type RefObject } from 'react';

// Bring the element a selected finding points at into view (below the sticky top bar: see
// scroll-padding-top in styles.css), once per selection.

export function useScrollToTarget(container: RefObject<HTMLElement | null>, selection: unknown): void {
  useEffect(() => {
    if (selection === null || selection === undefined) return;
    const el = container.current?.querySelector('.target');
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [container, selection]);
}
