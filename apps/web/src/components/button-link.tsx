import type { MouseEvent } from 'react';
import { Button, type ButtonProps } from 'antd';
import { useHref, useNavigate } from 'react-router';

/**
 * A link that looks like a button: one element and one tab stop. A <Button> inside a
 * <Link> was two (a link, then a button), and a screen reader announced both.
 * A plain click navigates in the app; a modified click (new tab, new window) is the browser's.
 */
export function ButtonLink({ to, ...props }: { to: string } & Omit<ButtonProps, 'href' | 'onClick'>) {
  const navigate = useNavigate();
  const href = useHref(to);
  const onClick = (event: MouseEvent<HTMLElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void navigate(to);
  };
  return <Button {...props} href={href} onClick={onClick} />;
}
