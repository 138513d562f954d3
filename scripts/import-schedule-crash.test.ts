// An importer bug must not look like a refused post (exit 1): it exits 70 and says it is a bug.
import { expect, test, vi } from 'vitest';
import { runImportCli } from './import-schedule';

vi.mock('../src/importers/registry', () => ({
  FORMAT_IDS: ['jekyll-post'],
  importSchedule: () => {
    throw new RangeError('Maximum call stack size exceeded');
  },
}));

test('an exception in the importer exits 70 with one line, not 1 with a stack trace', () => {
  const result = runImportCli(['post.md'], () => new TextEncoder().encode('# post'));
  expect(result).toEqual({
    code: 70,
    stdout: '',
    stderr:
      'post.md: internal error in the importer (RangeError: Maximum call stack size exceeded); please report it with the file\n',
  });
});
