/**
 * /accessibility — the accessibility statement (EN 301 549 / WCAG 2.1 AA): conformance status, the
 * canvas's known limitations, the list view as the accessible way in, and the feedback contact
 * (ACCESSIBILITY_CONTACT, an email address or URL).
 */
import { useTranslation } from 'react-i18next'
import { SiteFooter } from '../a11y/SiteFooter.tsx'
import { useConfig } from '../api/useConfig.ts'

export function AccessibilityPage() {
  const { t } = useTranslation()
  const { config } = useConfig()
  const contact = config?.accessibilityContact ?? null
  const href = contact && !/^https?:/i.test(contact) ? `mailto:${contact}` : contact
  return (
    <>
      <main className="page narrow statement" data-testid="accessibility-statement">
        <h1>{t('statement.title')}</h1>
        <p>{t('statement.intro')}</p>
        <h2>{t('statement.statusHeading')}</h2>
        <p>{t('statement.status')}</p>
        <h2>{t('statement.limitationsHeading')}</h2>
        <ul>
          <li>{t('statement.canvas')}</li>
          <li>{t('statement.canvasAxe')}</li>
          <li>{t('statement.tldrawMenus')}</li>
          <li>{t('statement.pdf')}</li>
        </ul>
        <h2>{t('statement.alternativeHeading')}</h2>
        <p>{t('statement.alternative', { path: '/rooms/<room>/list' })}</p>
        <ul>
          <li>{t('statement.keyboard1')}</li>
          <li>{t('statement.keyboard2')}</li>
          <li>{t('statement.keyboard3')}</li>
        </ul>
        <h2>{t('statement.feedbackHeading')}</h2>
        <p>{t('statement.feedback')}</p>
        {contact && href ? (
          <p>
            <a href={href} data-testid="accessibility-contact">
              {contact}
            </a>
          </p>
        ) : (
          <p className="muted">{t('statement.noContact')}</p>
        )}
        <h2>{t('statement.preparedHeading')}</h2>
        <p>{t('statement.prepared')}</p>
      </main>
      <SiteFooter />
    </>
  )
}
