import { Select, Text } from '@mantine/core'
import { headerTimeZone, zoneOffsetMinutes, type Mapping } from '@shared/csv'
import { laptopTimeZone } from './importActions'

let zoneOptions: Array<{ value: string; label: string }> | undefined

/** Zones ICU still lists under an old name; people search for the current one. */
const renamed: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'America/Godthab': 'America/Nuuk',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei'
}

function zoneLabel(zone: string, at: number): string {
  const current = renamed[zone]
  const name = (current ?? zone).replace(/_/g, ' ')
  return `${name} (${current ? `${zone.replace(/_/g, ' ')}, ` : ''}${offsetLabel(zone, at)})`
}

function offsetLabel(zone: string, at: number): string {
  const minutes = zoneOffsetMinutes(zone, at)
  if (minutes === 0) return 'UTC'
  const abs = Math.abs(minutes)
  return `UTC${minutes < 0 ? '−' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

/** Every IANA zone the runtime knows, labelled with its offset now; made once (a few hundred formatters). */
function allZones(): Array<{ value: string; label: string }> {
  if (!zoneOptions) {
    const now = Date.now()
    const names = new Set(Intl.supportedValuesOf('timeZone'))
    names.add('UTC')
    zoneOptions = [...names].map((zone) => ({ value: zone, label: zoneLabel(zone, now) })).sort((a, b) => a.label.localeCompare(b.label))
  }
  return zoneOptions
}

function withZone(options: Array<{ value: string; label: string }>, zone: string): Array<{ value: string; label: string }> {
  if (options.some((option) => option.value === zone)) return options
  let label = zone
  try {
    label = zoneLabel(zone, Date.now())
  } catch {
    // A fixed offset from a header ("+01:00") has no entry of its own; it is shown as written.
  }
  return [{ value: zone, label }, ...options]
}

/**
 * The zone of the file's dates that carry none: the laptop's unless chosen (and then remembered with the
 * mapping). A zone named in the date column's header, or in a value, wins; the picker says so.
 */
export function FileTimeZone({ mapping, onChange }: { mapping: Mapping; onChange: (mapping: Mapping) => void }) {
  const dates = mapping.receivedAt
  if (!dates) return null
  const column = dates.columns[0] as string
  const fromHeader = headerTimeZone(mapping)
  const zone = fromHeader ?? dates.timeZone ?? laptopTimeZone()
  const choose = (value: string | null) => {
    if (!value || value === zone) return
    const next = structuredClone(mapping)
    ;(next.receivedAt as NonNullable<Mapping['receivedAt']>).timeZone = value
    onChange(next)
  }
  return (
    <div>
      <Select
        label="Time zone of the file"
        data={withZone(allZones(), zone)}
        value={zone}
        onChange={choose}
        searchable
        allowDeselect={false}
        disabled={!!fromHeader}
        w={340}
        maxDropdownHeight={280}
        nothingFoundMessage="No such time zone"
      />
      <Text size="xs" c="dimmed" maw={520} mt={4}>
        {fromHeader
          ? `The column “${column}” names its zone, so its times are read in ${fromHeader}.`
          : `Times in “${column}” without a zone of their own are read as clock times in this zone${dates.timeZone ? '' : ' (your computer’s)'}. A zone written in a value wins; a date without a time stays that calendar date.`}
      </Text>
    </div>
  )
}
