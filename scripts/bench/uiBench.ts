// The inbox as the user meets it: the real app mounted on the bench's database, timed frame by frame.

const grid = () => document.querySelector<HTMLElement>('[role="grid"][aria-label="Feedback"]')
const hasFeedbackRow = () => !!grid()?.querySelector('[role="row"][aria-selected]')

/** Resolves at the first animation frame where `ready` holds: the frame the user would see it in. */
function frameWhen(ready: () => boolean, timeoutMs = 20_000): Promise<void> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const check = () => {
      if (ready()) resolve()
      else if (performance.now() - started > timeoutMs) reject(new Error('Timed out waiting for the inbox'))
      else requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })
}

/** Starts the app (its own entry point, the browser bridge) on the dashboard of the bench's database. */
export async function mountApp(): Promise<void> {
  document.getElementById('file')?.remove()
  location.hash = '#/dashboard'
  const root = document.createElement('div')
  root.id = 'root'
  document.body.append(root)
  await import('../../src/renderer/src/main')
  await frameWhen(() => !!document.querySelector('nav'))
}

/** From a click in the navigation to the frame that shows the first feedback rows, newest first. */
export async function openInboxMs(runs: number): Promise<number[]> {
  const samples: number[] = []
  for (let run = 0; run < runs; run++) {
    location.hash = '#/dashboard'
    await frameWhen(() => !grid())
    // A person looks at the dashboard before moving on: its own reads finish first.
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    const started = performance.now()
    location.hash = '#/feedback'
    await frameWhen(hasFeedbackRow)
    samples.push(performance.now() - started)
  }
  return samples
}

export interface ScrollFrames {
  /** Frame-to-frame intervals while scrolling, in ms. */
  intervals: number[]
  /** The display's interval, from the frames before scrolling began. */
  idleIntervalMs: number
  rowsLoaded: number
  longestTaskMs: number
}

/**
 * Scrolls the inbox by `pxPerFrame` at every frame for `ms`, as a steady
 * flick of the wheel would, loading pages as it goes, and records how long
 * each frame took. A frame longer than the display's interval is a dropped frame.
 */
export async function scrollInbox(ms: number, pxPerFrame: number): Promise<ScrollFrames> {
  const scroller = grid()
  if (!scroller) throw new Error('The inbox is not open')
  scroller.scrollTop = 0
  const frames = (count: number) =>
    new Promise<number[]>((resolve) => {
      const stamps: number[] = []
      const step = (now: number) => {
        stamps.push(now)
        if (stamps.length > count) resolve(stamps)
        else requestAnimationFrame(step)
      }
      requestAnimationFrame(step)
    })
  const idle = await frames(30)
  const idleIntervals = idle.slice(1).map((at, index) => at - (idle[index] as number)).sort((a, b) => a - b)
  let longestTaskMs = 0
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTaskMs = Math.max(longestTaskMs, entry.duration)
  })
  observer.observe({ type: 'longtask', buffered: false })
  const intervals = await new Promise<number[]>((resolve) => {
    const measured: number[] = []
    let last = 0
    let started = 0
    const step = (now: number) => {
      if (!started) started = now
      else measured.push(now - last)
      last = now
      scroller.scrollTop += pxPerFrame
      if (now - started < ms) requestAnimationFrame(step)
      else resolve(measured)
    }
    requestAnimationFrame(step)
  })
  observer.disconnect()
  const rowsLoaded = Math.round(scroller.scrollHeight / 44)
  return { intervals, idleIntervalMs: idleIntervals[Math.floor(idleIntervals.length / 2)] ?? 16.7, rowsLoaded, longestTaskMs }
}
