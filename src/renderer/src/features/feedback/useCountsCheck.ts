import { useEffect } from 'react'
import { recountStatuses } from '../../db/feedbackCounts'

/** After the start has settled, once per session: the kept counts are checked against the index and put right if they drifted. */
export function useCountsCheck(delayMs = 15_000): void {
  useEffect(() => {
    const timer = setTimeout(() => {
      recountStatuses()
        .then(({ corrected }) => {
          if (corrected) console.warn('Feedback counts had drifted from the data and were recounted.')
        })
        .catch((error: unknown) => console.warn('Could not check the feedback counts:', error))
    }, delayMs)
    return () => clearTimeout(timer)
  }, [delayMs])
}
