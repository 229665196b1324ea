import { localIsoDate, type IsoDate } from '@shared/domain/tools/isoDate'

/** The user's calendar day now. */
export function todayIso(): IsoDate {
  return localIsoDate(new Date())
}
