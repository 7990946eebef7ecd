/** A link as a QR code, drawn in the browser by the `qrcode` library (nothing is fetched from elsewhere). */
import QRCode from 'qrcode'
import { useEffect, useState } from 'react'

export function QrCode(props: { text: string; label: string }) {
  const [svg, setSvg] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    QRCode.toString(props.text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(
      (markup) => live && setSvg(markup),
      () => live && setSvg(null),
    )
    return () => {
      live = false
    }
  }, [props.text])
  if (!svg) return null
  // The markup is the library's own SVG for our text: no user HTML goes in. As an <img>, it stays inert.
  return (
    <img
      className="qr-code"
      alt={props.label}
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      width={140}
      height={140}
    />
  )
}
