/** An XML file nested far deeper than any schedule is refused at once, with a message (issue 16). */
import { expect, test } from 'vitest';
import { MAX_XML_DEPTH, parseXml } from './core/xml';
import { importSchedule } from './registry';

test('a schedule nested 200,000 deep is refused quickly, saying why; one at the limit still parses', () => {
  const deep = 200_000;
  const text = `<?xml version="1.0"?><schedule><conference><title>Deep</title></conference><day date="2025-08-01">${'<room name="A">'.repeat(deep)}${'</room>'.repeat(deep)}</day></schedule>`;
  const started = performance.now();
  const result = importSchedule(new TextEncoder().encode(text));
  expect(performance.now() - started).toBeLessThan(5_000);
  expect(result).toMatchObject({
    ok: false,
    code: 'broken',
    error: expect.stringMatching(/nested more than 256 deep, which no schedule is/),
  });
  const atLimit = `${'<a>'.repeat(MAX_XML_DEPTH)}${'</a>'.repeat(MAX_XML_DEPTH)}`;
  expect(parseXml(atLimit).ok).toBe(true);
  expect(parseXml(`<b>${atLimit}</b>`).ok).toBe(false);
});
