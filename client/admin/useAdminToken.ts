/**
 * The secretariat signs in with the printed link `/admin#token=…`: take the token from the hash,
 * keep it, and strip it from the address bar so it does not end up in history or screenshots.
 */
import { useCallback, useState } from 'react'
import { adminToken } from '../api/tokens.ts'

function takeTokenFromHash(): string | null {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''))
  const token = params.get('token')
  if (!token) return null
  history.replaceState(null, '', location.pathname + location.search)
  return token
}

export function useAdminToken(): { token: string | null; forget: () => void } {
  const [token, setToken] = useState(() => {
    const fromHash = takeTokenFromHash()
    if (fromHash) adminToken.set(fromHash)
    return fromHash ?? adminToken.get()
  })
  const forget = useCallback(() => {
    adminToken.set(null)
    setToken(null)
  }, [])
  return { token, forget }
}
