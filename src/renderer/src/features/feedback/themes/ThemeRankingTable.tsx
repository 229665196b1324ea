import { Anchor, Badge, Button, Table, Text, Tooltip } from '@mantine/core'
import { IconTrendingDown, IconTrendingUp } from '@tabler/icons-react'
import { Fragment } from 'react'
import { formatScoreNumber, type RankedTheme } from '@shared/domain/feedback/scoring'
import type { ThemeTrend } from '@shared/domain/feedback/themeStats'
import { formatCount, formatMoney } from '@shared/format/money'
import { toHash } from '../../../navigation/routes'
import { TableHead } from '../../../ui/TableHead'
import { methodLabel, ScoreBreakdownView } from './ScoreBreakdownView'
import { themeStatusColor, themeStatusLabel } from './themeLabels'
import { themesUiActions, useThemesUi } from './themesUiStore'

export function TrendText({ trend }: { trend: ThemeTrend }) {
  const label = `${formatCount(trend.current)} in the last ${trend.windowDays} days, ${formatCount(trend.previous)} in the ${trend.windowDays} before`
  const Icon = trend.direction === 'up' ? IconTrendingUp : trend.direction === 'down' ? IconTrendingDown : undefined
  return (
    <Tooltip label={label}>
      <Text size="sm" span c={trend.direction === 'up' ? 'teal' : trend.direction === 'down' ? 'orange' : 'dimmed'} aria-label={label}>
        {Icon && <Icon size={14} aria-hidden style={{ verticalAlign: 'middle' }} />}{' '}
        {trend.changePercent === null ? (trend.current > 0 ? 'new' : '—') : `${trend.changePercent > 0 ? '+' : ''}${Math.round(trend.changePercent)}%`}
      </Text>
    </Tooltip>
  )
}

/** Themes best first; each score opens its breakdown right under its row. */
export function ThemeRankingTable({ ranked }: { ranked: RankedTheme[] }) {
  const openId = useThemesUi((state) => state.breakdownThemeId)
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover verticalSpacing="xs" aria-label="Theme ranking">
        <TableHead columns={['Rank', 'Theme', 'Status', 'Feedback', 'Customers', 'Companies', 'Revenue (MRR)', 'Trend', 'Score']} />
        <Table.Tbody>
          {ranked.map((entry) => {
            const { theme, stats } = entry
            const open = openId === theme.id
            return (
              <Fragment key={theme.id}>
                <Table.Tr>
                  <Table.Td>{entry.rank}</Table.Td>
                  <Table.Td>
                    <Anchor href={toHash('feedback', 'themes', theme.id)} size="sm" fw={600}>
                      {theme.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={themeStatusColor[theme.status]}>
                      {themeStatusLabel[theme.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatCount(stats.feedbackCount)}</Table.Td>
                  <Table.Td>{formatCount(stats.uniqueCustomers)}</Table.Td>
                  <Table.Td>{formatCount(stats.uniqueCompanies)}</Table.Td>
                  <Table.Td>{stats.currency ? formatMoney(stats.revenue, stats.currency) : formatCount(stats.revenue)}</Table.Td>
                  <Table.Td>
                    <TrendText trend={stats.trend} />
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant={open ? 'light' : 'subtle'}
                      onClick={() => themesUiActions.toggleBreakdown(theme.id)}
                      aria-expanded={open}
                      aria-label={`Score of ${theme.name}: ${formatScoreNumber(entry.score)}. ${open ? 'Hide' : 'Show'} the breakdown`}
                    >
                      {formatScoreNumber(entry.score)}
                    </Button>
                  </Table.Td>
                </Table.Tr>
                {open && (
                  <Table.Tr>
                    <Table.Td colSpan={9}>
                      <ScoreBreakdownView breakdown={entry.breakdown} title={`${methodLabel[entry.breakdown.method]} score of ${theme.name}`} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
