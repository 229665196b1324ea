import { Anchor, Table, Text, Tooltip } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import type { Feedback } from '@shared/domain/feedback/feedback'
import { formatCount, formatMoney } from '@shared/format/money'
import { isExternalLinkUrl } from '@shared/bridge'
import { feedbackDateExact, feedbackDateLabel, feedbackDateValue } from '@shared/format/feedbackDate'
import { getBridge } from '../../../bridge'
import { getImportBatch } from '../../../db/feedbackImport'
import { notifyError } from '../../../ui/notify'

function isOpenable(url: string | undefined): url is string {
  return url !== undefined && isExternalLinkUrl(url)
}

/** Only web and e-mail links leave the app, and only through the bridge; any other URL stays text. */
async function openSource(url: string): Promise<void> {
  try {
    await getBridge().openExternal({ url })
  } catch (error) {
    notifyError('Could not open the link', error)
  }
}

/** Who said it, what they pay, where it came from; then every extra column the import kept. */
export function DetailFacts({ row }: { row: Feedback }) {
  const batch = useLiveQuery(() => (row.batchId ? getImportBatch(row.batchId) : undefined), [row.batchId])
  const facts: [string, React.ReactNode][] = [
    ['Customer', row.customerName ?? '—'],
    ['E-mail', row.customerEmail ?? '—'],
    ['Company', row.company ?? '—'],
    ['Plan', row.plan ?? '—'],
    ['MRR', row.revenue !== undefined ? formatMoney(row.revenue, row.revenueCurrency ?? 'USD') : '—'],
    ['Rating', row.rating !== undefined ? formatCount(row.rating) : '—'],
    [
      'Source',
      isOpenable(row.url) ? (
        <Anchor component="button" type="button" size="sm" onClick={() => void openSource(row.url as string)}>
          {row.source} · open the original
        </Anchor>
      ) : (
        `${row.source}${row.url ? ` · ${row.url}` : ''}`
      )
    ],
    [
      'Received',
      <Tooltip key="received" label={feedbackDateLabel(row, new Date())}>
        <Text size="sm" span>
          <time dateTime={feedbackDateValue(row)}>{feedbackDateExact(row)}</time>
        </Text>
      </Tooltip>
    ],
    ['Imported from', batch ? batch.fileName : row.batchId ? 'an import since undone' : 'written by hand']
  ]
  if (row.voterCount) facts.push(['Voters', formatCount(row.voterCount)])
  if (row.importedTags.length > 0) facts.push(['Imported tags', row.importedTags.join(', ')])
  const extras = Object.entries(row.extra ?? {}).filter(([, value]) => value !== '')
  return (
    <>
      <Table fz="sm" verticalSpacing={4} aria-label="About this feedback">
        <Table.Tbody>
          {facts.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Td c="dimmed" w={120}>
                {label}
              </Table.Td>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {extras.length > 0 && (
        <Table fz="sm" verticalSpacing={4} aria-label="Extra attributes">
          <Table.Thead>
            <Table.Tr>
              <Table.Th colSpan={2}>Extra attributes</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {extras.map(([name, value]) => (
              <Table.Tr key={name}>
                <Table.Td c="dimmed" w={120}>
                  {name}
                </Table.Td>
                <Table.Td style={{ wordBreak: 'break-word' }}>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  )
}
