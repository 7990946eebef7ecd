/** Focus management: an inline form or confirmation that just opened takes the focus. */
import { useEffect, useRef } from 'react'

export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  useEffect(() => ref.current?.focus(), [])
  return ref
}
