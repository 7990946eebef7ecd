/**
 * The room's facilitation state: the `<roomId>/control` document (shared/control.ts), opened with a
 * second provider on the board's socket. Everyone reads it; facilitators write their own keys
 * (phases, phase, locked, identityMode, followMe) straight into the map, and change the timer through
 * the REST API, since the timer and voting are written by the server only.
 *
 * Components under the board read it through `useControlContext()`; the shapes read the identity
 * mode with `useIdentityMode()` (or `control.read().identityMode` outside React).
 */
import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { createContext, useContext, useEffect, useMemo, useRef, useState } from 'react'
import type * as Y from 'yjs'
import type { IdentityMode } from '../../shared/board/ideas.ts'
import {
  CONTROL_KEY,
  DEFAULT_CONTROL,
  facilitatorFields,
  readControl,
  type ControlState,
  type FacilitatorField,
} from '../../shared/control.ts'
import type { PresenceUser } from '../../shared/protocol.ts'
import { changeTimer, getServerTime, type TimerAction } from '../api/facilitation.ts'
import { openDocument } from './connection.ts'

export interface Control {
  state: ControlState
  /** False until the control document's first sync: `state` is the defaults until then. */
  synced: boolean
  /** True when this person may change the facilitation state (a facilitator in an open room). */
  canFacilitate: boolean
  /** The state now, outside React (e.g. in a tldraw side effect). */
  read: () => ControlState
  /** Server time (epoch ms) now, from the clock offset measured against GET /api/time. */
  serverNow: () => number
  setPhase: (index: number) => void
  setPhases: (phases: string[]) => void
  setLocked: (locked: boolean) => void
  setIdentityMode: (mode: IdentityMode) => void
  /** Everyone else's viewport follows mine. */
  bringEveryoneHere: () => void
  /** Start, pause, extend or reset the countdown (the server writes it). */
  changeTimer: (action: TimerAction) => Promise<void>
}

export interface UseControlOptions {
  socket: HocuspocusProviderWebsocket | null
  roomId: string
  token: string
  self: PresenceUser
  /** False for everyone but facilitators, and for closed rooms. */
  canFacilitate: boolean
}

export function useControl({ socket, roomId, token, self, canFacilitate }: UseControlOptions): Control {
  const [state, setState] = useState<ControlState>(DEFAULT_CONTROL)
  const [synced, setSynced] = useState(false)
  const mapRef = useRef<Y.Map<unknown> | null>(null)
  const offset = useServerOffset()

  useEffect(() => {
    if (!socket) return
    const { doc, provider } = openDocument(socket, roomId, 'control', token, {
      onSynced: () => setSynced(true),
    })
    const map = doc.getMap<unknown>(CONTROL_KEY)
    mapRef.current = map
    const update = () => setState(readControl(map.toJSON()))
    map.observe(update)
    update()
    return () => {
      map.unobserve(update)
      mapRef.current = null
      provider.destroy()
      doc.destroy()
      setSynced(false)
      setState(DEFAULT_CONTROL)
    }
  }, [socket, roomId, token])

  const { id: selfId, name: selfName } = self
  const actions = useMemo(() => {
    const read = () => readControl(mapRef.current?.toJSON() ?? {})
    // Validated with the server's own schema first: an invalid value would get us disconnected.
    const write = (values: Partial<Record<FacilitatorField, unknown>>) => {
      const map = mapRef.current
      if (!canFacilitate || !map?.doc) return
      const entries = Object.entries(values).map(
        ([key, value]) => [key, facilitatorFields[key as FacilitatorField].parse(value)] as const,
      )
      map.doc.transact(() => {
        for (const [key, value] of entries) map.set(key, value)
      })
    }
    return {
      read,
      serverNow: () => Date.now() + offset.current,
      setPhase: (index: number) => write({ phase: Math.max(0, Math.min(index, read().phases.length - 1)) }),
      setPhases: (phases: string[]) => {
        const clean = phases.map((p) => p.trim()).filter((p) => p !== '')
        if (clean.length === 0) return
        write({ phases: clean, phase: Math.min(read().phase, clean.length - 1) })
      },
      setLocked: (locked: boolean) => write({ locked }),
      setIdentityMode: (identityMode: IdentityMode) => write({ identityMode }),
      bringEveryoneHere: () => write({ followMe: { userId: selfId, name: selfName, at: Date.now() + offset.current } }),
      changeTimer: async (action: TimerAction) => {
        await changeTimer(token, roomId, action)
      },
    }
  }, [canFacilitate, roomId, token, selfId, selfName, offset])

  return { state, synced, canFacilitate, ...actions }
}

/** Milliseconds to add to Date.now() to get the server's clock (half the round trip is assumed each way). */
function useServerOffset() {
  const offset = useRef(0)
  useEffect(() => {
    let live = true
    const sentAt = Date.now()
    getServerTime().then(
      ({ now }) => {
        const receivedAt = Date.now()
        if (live) offset.current = now - (sentAt + receivedAt) / 2
      },
      () => {
        // Keep the local clock: the timer is then off by the clocks' difference, nothing worse.
      },
    )
    return () => {
      live = false
    }
  }, [])
  return offset
}

const ControlContext = createContext<Control | null>(null)
export const ControlProvider = ControlContext.Provider

/** The room's control state and actions, for components under the board's ControlProvider. */
export function useControlContext(): Control {
  const control = useContext(ControlContext)
  if (!control) throw new Error('useControlContext: no ControlProvider above this component')
  return control
}

/** The control, or null outside a ControlProvider (e.g. a tldraw component rendered elsewhere). */
export function useOptionalControl(): Control | null {
  return useContext(ControlContext)
}

/** The identity mode new ideas are written under ('named' until the control document has synced). */
export function useIdentityMode(): IdentityMode {
  return useContext(ControlContext)?.state.identityMode ?? DEFAULT_CONTROL.identityMode
}
