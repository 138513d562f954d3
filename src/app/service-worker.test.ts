// @vitest-environment jsdom
/**
 * The page's own idea of being online (issue 16): Firefox may never say "online" to a page loaded
 * offline, so the note clears when the page is looked at again and the browser says it is online, or
 * when a schedule was fetched from the network. And a part that failed to load is offered a reload.
 */
import { renderHook, act } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { startServiceWorker } from './service-worker';
import { useAppStatus } from '../store/app-status';

test('the offline note clears on a look at the page while online, or on a request that went through', () => {
  startServiceWorker();
  const { result } = renderHook(() => useAppStatus());
  const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  act(() => {
    window.dispatchEvent(new Event('offline'));
  });
  expect(result.current.online).toBe(false);
  // Looked at again, still offline: the note stays.
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
  expect(result.current.online).toBe(false);
  // The network is back, and no "online" event came: a look at the page is enough.
  onLine.mockReturnValue(true);
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
  expect(result.current.online).toBe(true);
  // Offline again; then a schedule is fetched from its address while the browser still says offline.
  onLine.mockReturnValue(false);
  act(() => {
    window.dispatchEvent(new Event('offline'));
  });
  expect(result.current.online).toBe(false);
  act(() => {
    window.dispatchEvent(new Event('itinerary:reached-network'));
  });
  expect(result.current.online).toBe(true);
  expect(result.current.partMissing).toBeUndefined();
  act(() => {
    window.dispatchEvent(new Event('itinerary:part-missing'));
  });
  expect(result.current.partMissing).toBe(true);
});
