/** What someone sees at / (or at an unknown path): how to get into a room. */
export function HomePage({ notFound = false }: { notFound?: boolean }) {
  return (
    <main className="page narrow">
      <h1>Capital Room</h1>
      {notFound && <p className="notice error">This page does not exist.</p>}
      <p>Open the invite link you received to join a Capital Room.</p>
      <p className="muted">The secretariat signs in with the link printed when the server starts.</p>
    </main>
  )
}
