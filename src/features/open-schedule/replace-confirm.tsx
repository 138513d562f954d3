/**
 * Asked before a file or link replaces a conference this browser keeps: what would change, and two
 * answers. In the page (not a browser dialog), focused when it appears, so a keyboard or screen reader
 * user lands on the question.
 */
import { useEffect, useId, useRef } from 'react';

interface ReplaceConfirmProps {
  /** `lookalike`: the opened file has another id but looks like a newer version of the kept one. */
  readonly kind: 'update' | 'lookalike';
  readonly title: string;
  readonly lines: readonly string[];
  readonly onAnswer: (replace: boolean) => void;
}

export function ReplaceConfirm({ kind, title, lines, onAnswer }: ReplaceConfirmProps) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  return (
    <div
      ref={box}
      className="notice replace-confirm"
      role="alertdialog"
      aria-labelledby={`${id}-question`}
      aria-describedby={`${id}-details`}
      tabIndex={-1}
    >
      <p id={`${id}-question`}>
        <strong>Replace {title} kept in this browser?</strong>
        {kind === 'lookalike'
          ? ' The schedule just opened looks like a newer version of it (the same title and dates, or the same address), under another id.'
          : ' The schedule just opened is another version of it.'}
      </p>
      <ul id={`${id}-details`}>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => {
          onAnswer(true);
        }}
      >
        Replace
      </button>{' '}
      <button
        type="button"
        className="secondary"
        onClick={() => {
          onAnswer(false);
        }}
      >
        {kind === 'lookalike' ? 'Keep both' : 'Keep the copy I have'}
      </button>
    </div>
  );
}
