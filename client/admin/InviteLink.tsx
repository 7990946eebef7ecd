/**
 * One invite link with Copy, Regenerate, Revoke, and "Regenerate and sign out" (which also removes
 * everyone who joined through the old link).
 */
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

export function InviteLink(props: {
  /** What the link is, e.g. "Facilitator" or "Participant, Oslo". */
  label: string
  /** Names the input for tests: `invite-link-<testKey>`. */
  testKey: string
  link: string | null
  busy: boolean
  onChange: (action: 'regenerate' | 'revoke', revokeSessions: boolean) => void
}) {
  const { t } = useTranslation()
  const label = { label: props.label }
  const input = useRef<HTMLInputElement>(null)
  const [copied, setCopied] = useState<'copied' | 'select' | null>(null)
  const id = `invite-${props.testKey}-${props.link ?? 'none'}`

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
      <label htmlFor={id}>{t('admin.links.link', label)}</label>
      <div className="invite-controls">
        <input
          id={id}
          ref={input}
          readOnly
          value={props.link ?? ''}
          placeholder={t('admin.links.revoked')}
          data-testid={`invite-link-${props.testKey}`}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" onClick={copy} disabled={!props.link}>
          {copied === 'copied'
            ? t('admin.links.copied')
            : copied === 'select'
              ? t('admin.links.pressCtrlC')
              : t('admin.links.copy')}
        </button>
        <button
          type="button"
          onClick={() => props.onChange('regenerate', false)}
          disabled={props.busy}
          aria-label={props.link ? t('admin.links.regenerateLink', label) : t('admin.links.createLink', label)}
        >
          {props.link ? t('admin.links.regenerate') : t('admin.links.create')}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => props.onChange('regenerate', true)}
          disabled={props.busy || !props.link}
          aria-label={t('admin.links.regenerateAndSignOutLink', label)}
        >
          {t('admin.links.regenerateAndSignOut')}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => props.onChange('revoke', false)}
          disabled={props.busy || !props.link}
          aria-label={t('admin.links.revokeLink', label)}
        >
          {t('admin.links.revoke')}
        </button>
      </div>
    </div>
  )
}
