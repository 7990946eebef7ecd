/** The secretariat's warning while the server runs without a tldraw licence key. */
export function LicenceWarning(props: { licenceKey: string | null | undefined }) {
  if (props.licenceKey) return null
  return (
    <p className="notice error" role="alert" data-testid="licence-warning">
      This server runs without a tldraw licence key. Over HTTPS on a public host name, tldraw hides the board, and
      participants get the list view instead. Set <code>TLDRAW_LICENSE_KEY</code> and restart the server.
    </p>
  )
}
