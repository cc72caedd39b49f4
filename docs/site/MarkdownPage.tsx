import { Markdown } from '@storybook/addon-docs/blocks';
import type { AnchorHTMLAttributes } from 'react';
import { siteHref } from './pages.mjs';

/** Renders one markdown file of docs/ as a Storybook page, with links rewritten between pages. */
export function MarkdownPage({ source, page }: { source: string; page: string }) {
  const Link = (props: AnchorHTMLAttributes<HTMLAnchorElement>) => {
    const href = siteHref(page, props.href ?? '');
    if (href === null)
      return (
        <span>
          {props.children} (<code>{props.href}</code>)
        </span>
      );
    const external = /^https?:/.test(href);
    return (
      <a
        {...props}
        href={href}
        target={external ? '_blank' : '_top'}
        rel={external ? 'noopener noreferrer' : undefined}
      />
    );
  };
  return <Markdown options={{ overrides: { a: { component: Link } } }}>{source}</Markdown>;
}
