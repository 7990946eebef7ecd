/**
 * Where tokens live in the browser. localStorage, so a reload or a new tab keeps the session;
 * one session per room, so a person can be in two rooms at once.
 */
const ADMIN_KEY = 'capital-room:admin'
const sessionKey = (roomId: string) => `capital-room:session:${roomId}`

function read(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null // storage disabled (private mode, policy): behave as signed out
  }
}

function write(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(key)
    else localStorage.setItem(key, value)
  } catch {
    // Nothing to do: the token lives as long as the page.
  }
}

export const adminToken = {
  get: () => read(ADMIN_KEY),
  set: (token: string | null) => write(ADMIN_KEY, token),
}

export const sessionToken = {
  get: (roomId: string) => read(sessionKey(roomId)),
  set: (roomId: string, token: string | null) => write(sessionKey(roomId), token),
}

/** The invite code a session came from, so an expired session can be sent back to its join page. */
export const inviteCode = {
  get: (roomId: string) => read(`capital-room:invite:${roomId}`),
  set: (roomId: string, code: string | null) => write(`capital-room:invite:${roomId}`, code),
}

/** A one-time message for the next page (e.g. "your session expired"), kept for this tab only. */
export const flash = {
  take(): string | null {
    try {
      const message = sessionStorage.getItem('capital-room:flash')
      sessionStorage.removeItem('capital-room:flash')
      return message
    } catch {
      return null
    }
  },
  set(message: string) {
    try {
      sessionStorage.setItem('capital-room:flash', message)
    } catch {
      // The next page simply shows no message.
    }
  },
}
