/**
 * A polite summary of the ideas other people add ("3 new ideas from Oslo and Helsinki"), at most one
 * about every 5 s, so a screen reader is told what changed without being flooded. Reads the board's
 * records map directly: only additions that came from someone else (remote transactions) count.
 */
import type { TLRecord } from '@tldraw/tlschema'
import type { TFunction } from 'i18next'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { ideaMetaSchema } from '../../shared/board/ideas.ts'
import type { Affiliation } from '../api/types.ts'
import { affiliationName } from '../i18n/affiliationName.ts'
import { formatList } from '../i18n/format.ts'

export const ANNOUNCE_EVERY_MS = 5000
/** A first idea is announced after this pause, so that a burst becomes one summary. */
const GATHER_MS = 800

export function useAnnouncements(records: Y.Map<TLRecord> | null, affiliations: readonly Affiliation[]): string {
  const { t } = useTranslation()
  const [message, setMessage] = useState('')
  // The metas of the notes added since the last summary, read (validated) only when it is made: the
  // first sync of a large board adds thousands at once, while the list is drawing its first screen.
  const pending = useRef<unknown[]>([])
  const lastAt = useRef(0)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const latest = useRef({ t, affiliations })
  latest.current = { t, affiliations }

  useEffect(() => {
    if (!records) return
    const flush = () => {
      timer.current = null
      const cities = pending.current.flatMap((meta) => {
        const idea = ideaMetaSchema.safeParse(meta)
        return idea.success ? [idea.data.city] : []
      })
      pending.current = []
      if (cities.length === 0) return
      lastAt.current = Date.now()
      setMessage(summarise(cities, latest.current.affiliations, latest.current.t))
    }
    const onChange = (event: Y.YMapEvent<TLRecord>) => {
      if (event.transaction.local) return
      for (const [key, change] of event.changes.keys) {
        if (change.action !== 'add') continue
        const record = records.get(key)
        if (record?.typeName === 'shape' && record.type === 'note') pending.current.push(record.meta)
      }
      if (pending.current.length === 0 || timer.current) return
      const wait = Math.max(GATHER_MS, lastAt.current + ANNOUNCE_EVERY_MS - Date.now())
      timer.current = setTimeout(flush, wait)
    }
    records.observe(onChange)
    return () => {
      records.unobserve(onChange)
      if (timer.current) clearTimeout(timer.current)
      timer.current = null
      pending.current = []
    }
  }, [records])
  return message
}

/** "3 new ideas from Oslo and Helsinki"; ideas without a city (anonymous) are counted, not placed. */
export function summarise(cities: (string | null)[], affiliations: readonly Affiliation[], t: TFunction): string {
  const names = [...new Set(cities.filter((c): c is string => c !== null))].map((id) => {
    const found = affiliations.find((a) => a.id === id)
    return found ? affiliationName(found, t) : id
  })
  if (names.length === 0) return t('announce.newIdeas', { count: cities.length })
  return t('announce.newIdeasFrom', { count: cities.length, cities: formatList(names) })
}
