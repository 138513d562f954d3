/**
 * "Jump to a session": Next, My agenda's links and a `#session-…` address go to a card that may not be
 * mounted (the list renders only the cards near the screen). A jump is asked for here; a list that has
 * the row scrolls to it and focuses it, else the element is found in the page as an anchor would be.
 */
import { useEffect } from 'react';

/** Returns true when it has taken the jump (the row is its own). */
type JumpHandler = (elementId: string) => boolean;

const handlers = new Set<JumpHandler>();
let pending: string | null = null;

function focusElement(elementId: string): boolean {
  const target = document.getElementById(elementId);
  if (!target) return false;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
  return true;
}

/** Frames to wait for the target to appear (a view whose code is still loading). */
const PATIENCE = 120;

function settle(framesLeft: number): void {
  const elementId = pending;
  if (elementId === null) return;
  for (const handler of handlers) {
    if (handler(elementId)) {
      pending = null;
      return;
    }
  }
  if (focusElement(elementId) || framesLeft === 0) pending = null;
  else
    window.requestAnimationFrame(() => {
      settle(framesLeft - 1);
    });
}

/**
 * Goes to the element with this id once the view in progress has rendered: first right after the
 * current task (React renders a click's navigation in a microtask queued before this one), then each
 * frame while a lazily loaded view arrives.
 */
export function jumpTo(elementId: string): void {
  pending = elementId;
  queueMicrotask(() => {
    settle(PATIENCE);
  });
}

/** A list that can bring its rows into the page takes jumps to them (and one still pending when it mounts). */
export function useJumpHandler(handler: JumpHandler): void {
  useEffect(() => {
    handlers.add(handler);
    return () => {
      handlers.delete(handler);
    };
  }, [handler]);
}
