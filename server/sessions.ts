/**
 * Session tokens as the REST layer checks them: the signature and expiry (auth/sessionTokens.ts), and
 * then the participant store, so a removed participant's tokens are refused at once, on every instance,
 * and admission, name and affiliation are what is stored now, not what the token said when issued.
 */
import type { SessionTokens } from './auth/sessionTokens.ts'
import type { MetadataStore } from './storage/types.ts'

export function storeCheckedTokens(tokens: SessionTokens, metadata: MetadataStore): SessionTokens {
  return {
    issue: (claims) => tokens.issue(claims),
    isAdmin: (token) => tokens.isAdmin(token),
    async verify(token) {
      const claims = await tokens.verify(token)
      if (!claims) return null
      const participant = await metadata.getParticipant(claims.sub)
      if (!participant || participant.roomId !== claims.room || participant.removedAt !== null) return null
      const { name, city, role, admitted } = participant
      return { ...claims, name, city, role, admitted }
    },
  }
}
