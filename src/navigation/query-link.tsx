import type { MouseEvent, ReactNode } from 'react';
import { hrefFor, useUrlQuery } from './use-url-query';
import { jumpTo } from './jump';

interface QueryLinkProps {
  readonly params: URLSearchParams;
  /** A card to jump to after the view changes: "session-bof181". */
  readonly hash?: string;
  readonly children: ReactNode;
  readonly 'aria-current'?: 'page' | undefined;
  readonly className?: string;
}

/** A real link (it opens in a new tab, it can be copied) that changes the view in place on a plain click. */
export function QueryLink({ params, hash, children, ...rest }: QueryLinkProps) {
  const { navigate } = useUrlQuery();
  const href = `${hrefFor(params)}${hash === undefined ? '' : `#${hash}`}`;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(params, hash === undefined ? {} : { hash });
    // After the view has rendered, go to the card as an anchor would, mounting it if the list has not.
    if (hash !== undefined) jumpTo(hash);
  };
  return (
    <a href={href} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}
