/**
 * Descriptions keep what their markup says (issue 16): a list stays a list, and a struck-out line is
 * said to be struck out, never read as a promise.
 */
import { expect, test } from 'vitest';
import { richText } from './rich-text';

test('Markdown lists keep their bullets and numbers, one item a paragraph', () => {
  expect(richText('What you need:\n\n- a laptop\n- Python 3.12\n\nSteps:\n\n1. clone\n2. run').text).toBe(
    ['What you need:', '• a laptop', '• Python 3.12', 'Steps:', '1. clone', '2. run'].join('\n\n'),
  );
});

test('an HTML list numbered from its start, and a nested one, keep their markers', () => {
  expect(richText('<ol start="4"><li>four</li><li>five<ul><li>five a</li></ul></li></ol>').text).toBe(
    ['4. four', '5. five', '• five a'].join('\n\n'),
  );
});

test('struck-out text (Markdown ~~…~~, <s>, <del>) is said to be struck out', () => {
  expect(richText('Lunch is served. ~~Free pizza for everyone~~').text).toBe(
    'Lunch is served. [struck out: Free pizza for everyone]',
  );
  expect(richText('<p>Room <del>B302</del> B210</p>').text).toBe('Room [struck out: B302] B210');
  expect(richText('<s>Cancelled</s>').text).toBe('[struck out: Cancelled]');
});

test('text without markup is read as it was', () => {
  expect(richText('A talk about parsers.\n\nWith a second paragraph.').text).toBe(
    'A talk about parsers.\n\nWith a second paragraph.',
  );
});
