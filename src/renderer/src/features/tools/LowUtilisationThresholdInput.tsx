import { NumberInput } from '@mantine/core'
import { useState } from 'react'
import { saveToolSettings } from '../../db/tools'
import { notifyError } from '../../ui/notify'

/** A whole percent from 1 to 100, or the message to show. */
export function thresholdError(percent: number | string): string | undefined {
  if (typeof percent !== 'number' || !Number.isFinite(percent)) return 'Enter a percentage'
  if (!Number.isInteger(percent) || percent < 1 || percent > 100) return 'Enter a whole percentage from 1 to 100'
  return undefined
}

/** The utilisation under which a tool is listed for attention; stored as a fraction in settings. */
export function LowUtilisationThresholdInput({ threshold, description }: { threshold: number; description?: string }) {
  const stored = Math.round(threshold * 100)
  const [value, setValue] = useState<number | string>(stored)
  const [seen, setSeen] = useState(stored)
  if (seen !== stored) {
    setSeen(stored)
    setValue(stored)
  }
  const error = thresholdError(value)
  return (
    <NumberInput
      label="Low-utilisation threshold"
      description={description}
      suffix="%"
      min={1}
      max={100}
      allowDecimal={false}
      value={value}
      error={error}
      styles={{ wrapper: { maxWidth: 160 } }}
      onChange={(next) => {
        setValue(next)
        if (typeof next === 'number' && thresholdError(next) === undefined && next !== stored) {
          saveToolSettings({ lowUtilisationThreshold: next / 100 }).catch((e: unknown) => notifyError('Could not save the threshold', e))
        }
      }}
    />
  )
}
