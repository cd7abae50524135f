import { Link } from 'react-router';

export function NotFoundRoute() {
  return (
    <>
      <title>Not found · Pytopus</title>
      <h1>This part of the reef is empty</h1>
      <p>There is nothing at this address. Perhaps it swam away.</p>
      <p>
        <Link to="/">Back to Pytopus</Link>
      </p>
    </>
  );
}
