import { useId, useState } from 'react';
import { encodeShare } from '../schedule/share';
import type { SessionId } from '../schedule/types';
import { QrCode } from './qr-code';
import { useConferenceOrigin, type ConferenceOrigin } from './conference-origin';

export function shareLink(
  conferenceId: string,
  ids: readonly SessionId[],
  maybe: ReadonlySet<SessionId> = new Set(),
  origin?: ConferenceOrigin,
): string {
  const url = new URL(window.location.href);
  url.search = new URLSearchParams({ share: encodeShare(conferenceId, ids, maybe, origin) }).toString();
  url.hash = '';
  return url.toString();
}

interface SharePanelProps {
  readonly conferenceId: string;
  readonly ids: readonly SessionId[];
  readonly maybe: ReadonlySet<SessionId>;
}

export function SharePanel({ conferenceId, ids, maybe }: SharePanelProps) {
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const panelId = useId();
  // A conference opened here (not the bundled one) is named in the link, with its address when it has
  // one, so a browser without it can open it.
  const origin = useConferenceOrigin() ?? undefined;
  const link = open ? shareLink(conferenceId, ids, maybe, origin) : '';
  const maybes = ids.filter((id) => maybe.has(id)).length;
  return (
    <div className="share">
      <button
        type="button"
        className="secondary"
        aria-expanded={open}
        aria-controls={panelId}
        disabled={ids.length === 0}
        onClick={() => {
          setOpen(!open);
          setCopied(null);
        }}
      >
        Share agenda
      </button>
      {open ? (
        <div id={panelId} className="share-panel">
          <label htmlFor={`${panelId}-link`}>
            Link to your {ids.length} starred sessions
            {maybes > 0 ? ` (${String(maybes)} of them ${maybes === 1 ? 'a maybe' : 'maybes'})` : ''}
          </label>
          <input
            id={`${panelId}-link`}
            readOnly
            value={link}
            onFocus={(event) => {
              event.target.select();
            }}
          />
          <button
            type="button"
            onClick={() => {
              navigator.clipboard.writeText(link).then(
                () => {
                  setCopied('yes');
                },
                () => {
                  setCopied('failed');
                },
              );
            }}
          >
            Copy link
          </button>
          <span role="status">
            {copied === 'yes'
              ? 'Copied.'
              : copied === 'failed'
                ? 'Copying is blocked here; select the link and copy it.'
                : ''}
          </span>
          <QrCode text={link} label="QR code of the share link" size="40mm" />
        </div>
      ) : null}
    </div>
  );
}
