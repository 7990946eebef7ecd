/** One role's invite link with Copy, Regenerate and Revoke. */
import { useRef, useState } from 'react'
import type { Role } from '../api/types.ts'

const ROLE_LABELS: Record<Role, string> = {
  facilitator: 'Facilitator',
  participant: 'Participant',
  observer: 'Observer',
}

export function InviteLink(props: {
  role: Role
  link: string | null
  busy: boolean
  onChange: (action: 'regenerate' | 'revoke') => void
}) {
  const input = useRef<HTMLInputElement>(null)
  const [copied, setCopied] = useState<'copied' | 'select' | null>(null)
  const id = `invite-${props.role}-${props.link ?? 'none'}`

  async function copy() {
    if (!props.link) return
    try {
      await navigator.clipboard.writeText(props.link)
      setCopied('copied')
    } catch {
      // No clipboard (plain http on another host, or permission refused): select it for Ctrl+C.
      input.current?.focus()
      input.current?.select()
      setCopied('select')
    }
    setTimeout(() => setCopied(null), 2500)
  }

  return (
    <div className="invite">
      <label htmlFor={id}>{ROLE_LABELS[props.role]} link</label>
      <div className="invite-controls">
        <input
          id={id}
          ref={input}
          readOnly
          value={props.link ?? ''}
          placeholder="Revoked"
          data-testid={`invite-link-${props.role}`}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" onClick={copy} disabled={!props.link}>
          {copied === 'copied' ? 'Copied' : copied === 'select' ? 'Press Ctrl+C' : 'Copy'}
        </button>
        <button type="button" onClick={() => props.onChange('regenerate')} disabled={props.busy}>
          {props.link ? 'Regenerate' : 'Create'}
        </button>
        <button type="button" className="danger" onClick={() => props.onChange('revoke')} disabled={props.busy || !props.link}>
          Revoke
        </button>
      </div>
    </div>
  )
}
