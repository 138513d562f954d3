/** The two counters that follow the stars: on the "My agenda" tab and beside "Starred only". */
import { useMemo } from 'react';
import type { Session } from '../schedule/types';
import { useStarCount, useStarredIds } from '../store/itinerary-store';

export function AgendaCount() {
  const count = useStarCount();
  return <span className="tab-count">{count}</span>;
}

/** How many of `candidates` (the sessions that pass every other filter) are starred. */
export function StarredOnlyCount({ candidates }: { candidates: readonly Session[] }) {
  const starredIds = useStarredIds();
  const count = useMemo(() => {
    const starred = new Set(starredIds);
    return candidates.filter((session) => starred.has(session.id)).length;
  }, [candidates, starredIds]);
  return <span className="count">({count})</span>;
}
