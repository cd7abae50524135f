import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import './app-layout.css';

export interface NavItem {
  to: string;
  label: string;
  icon: string;
}

/**
 * Page chrome for every route: skip link, header (brand, navigation, the caller's actions such as
 * the bell), the route's main content, footer. On phones the navigation moves to a tab bar at the
 * bottom, within reach of a thumb.
 */
export function AppLayout({
  children,
  nav = [],
  actions,
}: {
  children: ReactNode;
  nav?: readonly NavItem[];
  actions?: ReactNode;
}) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" className="app-header__brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          Pytopus
        </Link>
        {nav.length > 0 && (
          <nav className="app-nav" aria-label="Main">
            <ul>
              {nav.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} className="app-nav__link">
                    <span className="app-nav__icon" aria-hidden="true">
                      {item.icon}
                    </span>
                    <span className="app-nav__label">{item.label}</span>
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {actions && <div className="app-header__actions">{actions}</div>}
      </header>
      <main
        id="main"
        className={`app-main${nav.length > 0 ? ' app-main--with-tabs' : ''}`}
        tabIndex={-1}
      >
        {children}
      </main>
      <footer className={`app-footer${nav.length > 0 ? ' app-footer--with-tabs' : ''}`}>
        <p>Pytopus · made with ink and care</p>
      </footer>
    </>
  );
}
