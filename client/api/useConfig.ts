/** GET /api/config once per page load; every page that needs affiliations shares the answer. */
import { useEffect, useState } from 'react'
import { getConfig } from './endpoints.ts'
import { errorMessage } from './http.ts'
import type { AppConfig } from './types.ts'

let pending: Promise<AppConfig> | null = null

function loadConfig(): Promise<AppConfig> {
  pending ??= getConfig().catch((error: unknown) => {
    pending = null // let the next page try again
    throw error
  })
  return pending
}

export function useConfig(): { config: AppConfig | null; error: string | null } {
  const [state, setState] = useState<{ config: AppConfig | null; error: string | null }>({ config: null, error: null })
  useEffect(() => {
    let live = true
    loadConfig().then(
      (config) => live && setState({ config, error: null }),
      (error: unknown) => live && setState({ config: null, error: errorMessage(error) }),
    )
    return () => {
      live = false
    }
  }, [])
  return state
}
