import { ActionIcon, Select, Table, Text, Tooltip } from '@mantine/core'
import { IconX } from '@tabler/icons-react'
import { customerLabel } from '@shared/domain/feedback/customerKey'
import { importanceLevels, type Feedback, type Importance, type Theme, type ThemeLink } from '@shared/domain/feedback/feedback'
import { linkToTheme, unlinkFromTheme } from '@shared/domain/feedback/triage'
import { formatMoney } from '@shared/format/money'
import { feedbackDateExact, feedbackDateLabel } from '@shared/format/feedbackDate'
import { TableHead } from '../../../ui/TableHead'
import { runTriage } from '../inbox/triageActions'
import { importanceLabel } from './themeLabels'

/** The newest feedback linked to a theme, each link's importance editable in place. */
export function ThemeLinkedFeedback({ theme, links, newest }: { theme: Theme; links: ThemeLink[]; newest: Feedback[] }) {
  const linkOf = new Map(links.map((link) => [link.feedbackId, link]))
  const now = new Date()
  const setImportance = (feedbackId: string, importance: Importance) =>
    runTriage([feedbackId], (rows, found) => linkToTheme(rows, { themeId: theme.id, importance, links: found, themeName: theme.name }))
  const unlink = (feedbackId: string) => runTriage([feedbackId], (rows, found) => unlinkFromTheme(rows, { themeId: theme.id, links: found, themeName: theme.name }))
  if (links.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No feedback is linked yet. In the inbox, press L on a row to link it here.
      </Text>
    )
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" aria-label={`Feedback linked to ${theme.name}`}>
        <TableHead columns={['Feedback', 'Customer', 'MRR', 'Received', 'Importance', { label: 'Unlink', hidden: true, width: 40 }]} />
        <Table.Tbody>
          {newest.map((row) => {
            const link = linkOf.get(row.id)
            if (!link) return null
            return (
              <Table.Tr key={link.id}>
                <Table.Td maw={380}>
                  <Text size="sm" lineClamp={2}>
                    {row.text}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{customerLabel(row)}</Text>
                  <Text size="xs" c="dimmed">
                    {row.company}
                  </Text>
                </Table.Td>
                <Table.Td>{row.revenue !== undefined ? formatMoney(row.revenue, row.revenueCurrency ?? 'USD') : '—'}</Table.Td>
                <Table.Td title={feedbackDateExact(row)}>{feedbackDateLabel(row, now)}</Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    w={140}
                    aria-label={`Importance of: ${row.text.slice(0, 60)}`}
                    data={importanceLevels.map((level) => ({ value: level, label: importanceLabel[level] }))}
                    value={link.importance}
                    onChange={(value) => value && void setImportance(row.id, value as Importance)}
                    allowDeselect={false}
                  />
                </Table.Td>
                <Table.Td>
                  <Tooltip label="Unlink">
                    <ActionIcon variant="subtle" color="gray" aria-label={`Unlink: ${row.text.slice(0, 60)}`} onClick={() => void unlink(row.id)}>
                      <IconX size={14} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
      {links.length > newest.length && (
        <Text size="xs" c="dimmed" mt="xs">
          The {newest.length} newest of {links.length} linked items. Filter the inbox by this theme to see them all.
        </Text>
      )}
    </Table.ScrollContainer>
  )
}
