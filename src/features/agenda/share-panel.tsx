import { useEffect, useId, useState } from 'react';
import { encodeShareCompact } from '../../schedule/share';
import type { SessionId } from '../../schedule/types';
import { QrCode } from '../../ui/qr-code';
import { useConferenceOrigin, type ConferenceOrigin } from '../../session/conference-origin';

/** The share link of an agenda: this page's address with the (compressed, when shorter) share value. */
export async function shareLink(
  conferenceId: string,
  ids: readonly SessionId[],
  maybe: ReadonlySet<SessionId> = new Set(),
  origin?: ConferenceOrigin,
): Promise<string> {
  const url = new URL(window.location.href);
  url.search = new URLSearchParams({
    share: await encodeShareCompact(conferenceId, ids, maybe, origin),
  }).toString();
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
  // Compressing is asynchronous (CompressionStream): the link is made when the panel opens or the agenda changes.
  const [made, setMade] = useState<{ readonly key: string; readonly link: string } | null>(null);
  const key = JSON.stringify([conferenceId, ids, [...maybe], origin ?? null]);
  useEffect(() => {
    if (!open) return;
    let live = true;
    void shareLink(conferenceId, ids, maybe, origin).then((link) => {
      if (live) setMade({ key, link });
    });
    return () => {
      live = false;
    };
    // The key says all the inputs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, key]);
  const link = open && made?.key === key ? made.link : '';
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
            disabled={link === ''}
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
          {link === '' ? null : <QrCode text={link} label="QR code of the share link" size="40mm" />}
        </div>
      ) : null}
    </div>
  );
}
