// A button that is a link (an <a href> styled as a button): it opens in a new tab on a middle or
// ctrl-click, and it does not nest a <button> in an <a> (which screen readers announce twice).
import { createLink } from '@tanstack/react-router';
import { Button, type ButtonProps } from 'antd';
import type { AnchorHTMLAttributes, Ref } from 'react';

type Props = Omit<ButtonProps, 'href'> &
  Omit<AnchorHTMLAttributes<HTMLAnchorElement>, keyof ButtonProps> & {
    href?: string;
    ref?: Ref<HTMLAnchorElement>;
  };

function ButtonAnchor({ ref, ...props }: Props) {
  return <Button {...props} ref={ref as Ref<HTMLButtonElement & HTMLAnchorElement>} />;
}

export const ButtonLink = createLink(ButtonAnchor);
