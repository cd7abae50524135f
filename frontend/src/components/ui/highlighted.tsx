import { Fragment } from 'react';
import { highlightParts } from '@/components/ui/highlight-parts';

/** Renders a highlight safely, or the plain text when there is none. */
export function Highlighted({ highlight, text }: { highlight?: string | undefined; text: string }) {
  if (!highlight) return <>{text}</>;
  return (
    <>
      {highlightParts(highlight).map((part, index) =>
        part.marked ? (
          <mark key={index}>{part.text}</mark>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
