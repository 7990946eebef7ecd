/**
 * Issue 16 §3: a next step can be changed by members of the room that made it, from its owner city,
 * or by the secretariat; only the secretariat moves it to another city. Someone from another room who
 * claims the owner city cannot sign it off or rewrite it.
 */
import { describe, expect, it } from 'vitest'
import { documentName } from '../../shared/protocol.ts'
import { noteRecord } from '../helpers/records.ts'
import { serverPerFile } from '../helpers/server.ts'

const ctx = serverPerFile()
const api = (token: string, path: string, body?: unknown, method?: string) =>
  ctx.server.api(path, { token, body, method })

/** A room whose distilled board holds one Stockholm next step; returns its id and the room's people. */
async function roomWithStep() {
  const { room, invites } = await ctx.server.createRoom()
  const fia = await ctx.server.join(invites.facilitator, 'Fia', 'expert')
  const sven = await ctx.server.join(invites.participant, 'Sven', 'stockholm')
  const board = await ctx.connect(fia.token, documentName(room.id, 'board'))
  board.records.set(
    'shape:step',
    noteRecord('step', 'Map parent support', 0, 0, { kind: 'next-step', ownerCity: 'stockholm' }),
  )
  await board.acknowledged()
  const { body: snapshot } = await api(ctx.server.adminToken, `/api/rooms/${room.id}/snapshots`, { name: 'End' })
  const { body } = await api(ctx.server.adminToken, `/api/snapshots/${snapshot.id}/distill`, {})
  return { stepId: body.nextSteps[0].id as string, sven, invites }
}

describe('next steps', () => {
  it('refuse someone from another room who claims the owner city', async () => {
    const { stepId } = await roomWithStep()
    const { invites: otherInvites } = await ctx.server.createRoom({ title: 'Another room' })
    const stranger = await ctx.server.join(otherInvites.participant, 'Stig', 'stockholm')
    const signOff = await api(stranger.token, `/api/next-steps/${stepId}`, { action: 'sign-off' }, 'PATCH')
    expect(signOff.status).toBe(403)
    expect(signOff.body.error).toBe('forbidden')
    const rewrite = await api(stranger.token, `/api/next-steps/${stepId}`, { action: 'edit', text: 'Forged' }, 'PATCH')
    expect(rewrite.status).toBe(403)
    const listed = await api(ctx.server.adminToken, '/api/cities/stockholm/next-steps')
    const step = listed.body.nextSteps.find((s: { id: string }) => s.id === stepId)
    expect(step).toMatchObject({ text: 'Map parent support', signedOffBy: null })
  })

  it('let the owner city’s members of its room change it, but only the secretariat moves it to another city', async () => {
    const { stepId, sven } = await roomWithStep()
    expect(
      (await api(sven.token, `/api/next-steps/${stepId}`, { action: 'edit', text: 'Map all parent support' }, 'PATCH'))
        .status,
    ).toBe(200)
    const moved = await api(sven.token, `/api/next-steps/${stepId}`, { action: 'edit', city: 'oslo' }, 'PATCH')
    expect(moved.status).toBe(403)
    const bySecretariat = await api(
      ctx.server.adminToken,
      `/api/next-steps/${stepId}`,
      { action: 'edit', city: 'oslo' },
      'PATCH',
    )
    expect(bySecretariat.body.nextStep).toMatchObject({ city: 'oslo', text: 'Map all parent support' })
  })

  it('answer 404 for an unknown step or a malformed id', async () => {
    expect(
      (await api(ctx.server.adminToken, '/api/next-steps/step:nowhere:x', { action: 'sign-off' }, 'PATCH')).status,
    ).toBe(404)
    expect(
      (await api(ctx.server.adminToken, '/api/next-steps/__proto__', { action: 'sign-off' }, 'PATCH')).status,
    ).toBe(404)
  })
})
