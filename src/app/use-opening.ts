/**
 * The question a file or link puts before it replaces a kept conference, and the opening flow's entry
 * points, whose code (opening-flow.ts) loads only when a schedule is opened.
 */
import { useCallback, useMemo, useState } from 'react';
import type { OpenedSchedule } from '../features/open-schedule/use-schedule-reader';
import type { OpeningContext, PendingReplacement } from './opening-flow';

const loadFlow = () => import('./opening-flow');

export function useOpening({ kept, loaded, bundled, show, say }: Omit<OpeningContext, 'ask'>) {
  const [pending, setPending] = useState<PendingReplacement | null>(null);
  const context: OpeningContext = useMemo(
    () => ({ kept, loaded, bundled, show, say, ask: setPending }),
    [kept, loaded, bundled, show, say],
  );
  const opened = useCallback(
    async (opening: OpenedSchedule, askFirst = true) => {
      const { openSchedule } = await loadFlow();
      await openSchedule(context, opening, askFirst);
    },
    [context],
  );
  const answer = useCallback(
    async (replace: boolean) => {
      if (pending === null) return;
      setPending(null);
      const { answerReplacement } = await loadFlow();
      await answerReplacement(context, pending, replace);
    },
    [context, pending],
  );
  const restore = useCallback(
    async (id: string) => {
      const { restorePrevious } = await loadFlow();
      await restorePrevious(context, id);
    },
    [context],
  );
  return { pending, opened, answer, restore };
}
