import { Link, type LinkProps } from 'react-router';
import './button.css';

/** A link that looks like a button (navigation, not an action). */
export function ButtonLink({
  variant = 'primary',
  className,
  ...props
}: LinkProps & { variant?: 'primary' | 'quiet' }) {
  const classes = ['button', `button--${variant}`, className].filter(Boolean).join(' ');
  return <Link className={classes} {...props} />;
}
