import { useEffect } from 'react'
import { getBridge } from '../../bridge'
import { checkToolReminders, isSummaryEmpty, reminderNotification } from './reminderCheck'
import { openWhileYouWereAway } from './WhileYouWereAway'

const checkEveryMs = 60 * 60 * 1000

let checking = false

async function remind(): Promise<void> {
  // One check at a time: a second mount (React's StrictMode) must not show the summary twice.
  if (checking) return
  checking = true
  try {
    const check = await checkToolReminders()
    if (!check || isSummaryEmpty(check.summary)) return
    openWhileYouWereAway(check.summary, check.since)
    try {
      await getBridge().showNotification({ ...reminderNotification(check.summary), tag: 'opsdeck-tool-reminders' })
    } catch {
      // The dialog already says it all; a desktop without notifications (or one the user blocked) is fine.
    }
  } finally {
    checking = false
  }
}

/**
 * Notice-deadline reminders: at start, a summary of what passed or came close
 * while the app was closed, with one desktop notification; then the same check
 * every hour while the app stays open (it speaks again once the day changes).
 */
export function useToolReminders(): void {
  useEffect(() => {
    const run = () => void remind().catch((error: unknown) => console.warn('Could not check the notice deadlines', error))
    run()
    const timer = window.setInterval(run, checkEveryMs)
    return () => window.clearInterval(timer)
  }, [])
}
