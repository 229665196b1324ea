/** When this window started: drafts written before it were left by a window that closed or crashed. */
export const sessionStartedAt = new Date().toISOString()
