/**
 * React Profilers around the parts that should re-render alone (a card, a counter). In production builds
 * Profiler does nothing; in tests a listener learns which parts rendered in a commit.
 */
import { Profiler, type ReactNode } from 'react';

type RenderListener = (id: string) => void;
let listener: RenderListener | null = null;

/** Tests only: be told the id of each profiled part that renders. Returns a function that stops it. */
export function listenToRenders(next: RenderListener): () => void {
  listener = next;
  return () => {
    listener = null;
  };
}

function report(id: string): void {
  listener?.(id);
}

export function Profiled({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Profiler id={id} onRender={report}>
      {children}
    </Profiler>
  );
}
