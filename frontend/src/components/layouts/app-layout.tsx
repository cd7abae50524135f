import type { ReactNode } from 'react';
import { Link } from 'react-router';
import './app-layout.css';

/** Page chrome for every route: skip link, header, the route's main content, footer. */
export function AppLayout({ children }: { children: ReactNode }) {
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
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">
        <p>Pytopus · made with ink and care</p>
      </footer>
    </>
  );
}
