import { expect, test } from 'vitest';
import { encodeShare } from './share';
import { shareConferenceId } from './share-target';

test('the conference of a share link is read from the link, and only a slug counts', () => {
  expect(shareConferenceId(encodeShare('39c3', ['a', 'b']))).toBe('39c3');
  expect(shareConferenceId(encodeShare('All your stars were removed', ['a']))).toBeNull();
  expect(shareConferenceId('1.Zm9vYmFy.deadbeef')).toBe('foobar');
  expect(shareConferenceId('hello')).toBeNull();
  expect(shareConferenceId('1.!!!.deadbeef')).toBeNull();
});
