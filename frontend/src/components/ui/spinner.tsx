import './spinner.css';

/** A small decorative spinner; pair it with text that says what is loading. */
export function Spinner() {
  return <span className="spinner" aria-hidden="true" />;
}
