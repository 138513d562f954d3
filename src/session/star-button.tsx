import { useIsStarred, useItineraryActions } from '../store/itinerary-store';
import type { SessionId } from '../schedule/types';

export function StarButton({ id, title }: { id: SessionId; title: string }) {
  const starred = useIsStarred(id);
  const { toggleStar } = useItineraryActions();
  return (
    <button
      type="button"
      className="star"
      aria-pressed={starred}
      aria-label={`Star ${title}`}
      onClick={() => {
        toggleStar(id);
      }}
    >
      <span aria-hidden="true">{starred ? '★' : '☆'}</span>
      <span className="star-text" aria-hidden="true">
        {starred ? 'Starred' : 'Star'}
      </span>
    </button>
  );
}
