/**
 * Which conference a share link is for, read without checking it (share.ts checks it when the link is
 * shown): enough to open that conference, kept small because the app needs it before anything else.
 */
const CONFERENCE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function shareConferenceId(value: string): string | null {
  const payload = /^1\.([A-Za-z0-9_-]+)\.[0-9a-f]{8}$/.exec(value.trim())?.[1];
  if (payload === undefined) return null;
  try {
    const first = atob(payload.replace(/-/g, '+').replace(/_/g, '/')).split('\n')[0] ?? '';
    return CONFERENCE_ID.test(first) ? first : null;
  } catch {
    return null;
  }
}
