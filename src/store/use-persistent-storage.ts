/**
 * Asks the browser, once something is starred, to keep this site's storage for good
 * (`navigator.storage.persist()`): Safari clears a site's storage after 7 days without a visit, which is
 * how stars made weeks before a conference disappear. Asked once per page; the answer is shared by every
 * caller. Firefox may show a prompt; Chromium and Safari decide by themselves.
 */
import { useEffect, useState } from 'react';
import { useWhileStarred } from './itinerary-store';

export type Persistence = 'pending' | 'granted' | 'refused' | 'unsupported';

// A memo of the one request this page makes (persisted() first: a site already granted is not asked).
let asked: Promise<Persistence> | null = null;

function askOnce(): Promise<Persistence> {
  // A memo: the first call asks, every later one gets the same answer.
  asked ??= (async (): Promise<Persistence> => {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (typeof storage?.persist !== 'function') return 'unsupported';
    try {
      if (await storage.persisted()) return 'granted';
      return (await storage.persist()) ? 'granted' : 'refused';
    } catch {
      return 'refused';
    }
  })();
  return asked;
}

/** The browser's answer once `wanted` (something is starred); 'pending' until then. */
export function usePersistentStorage(wanted: boolean): Persistence {
  const [answer, setAnswer] = useState<Persistence>('pending');
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void askOnce().then((result) => {
      if (live) setAnswer(result);
    });
    return () => {
      live = false;
    };
  }, [wanted]);
  return wanted ? answer : 'pending';
}

const ask = () => {
  void askOnce();
};

/** Renders nothing, and is never re-rendered by a star: asks for persistent storage once something is starred. */
export function AskToKeepStars(): null {
  useWhileStarred(ask);
  return null;
}
