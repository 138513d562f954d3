/**
 * Where the conference in view comes from, for a share link to carry: its title, and the address its
 * schedule was opened from (none for a file or the bundled schedule). Provided by the library shell.
 */
import { createContext, useContext } from 'react';

export interface ConferenceOrigin {
  readonly title: string;
  readonly address?: string;
}

export const ConferenceOriginContext = createContext<ConferenceOrigin | null>(null);

export function useConferenceOrigin(): ConferenceOrigin | null {
  return useContext(ConferenceOriginContext);
}
