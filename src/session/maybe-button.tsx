import type { SessionId } from '../schedule/types';
import { useItineraryActions } from '../store/itinerary-store';

/**
 * "Maybe": marks a starred session in an overlap as an alternative rather than a plan. Its name is exactly
 * "Maybe"; the session's title describes it, so a screen reader hears which session it is for.
 */
export function MaybeButton({ id, pressed, titleId }: { id: SessionId; pressed: boolean; titleId: string }) {
  const { toggleMaybe } = useItineraryActions();
  return (
    <button
      type="button"
      className="secondary maybe-toggle"
      aria-pressed={pressed}
      aria-describedby={titleId}
      onClick={() => {
        toggleMaybe(id);
      }}
    >
      Maybe
    </button>
  );
}
