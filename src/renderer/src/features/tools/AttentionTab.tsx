import { Badge, Box, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core'
import { useMemo, type ReactNode } from 'react'
import { formatDay } from '@shared/format/day'
import { formatCount, formatMoney, formatPercent } from '@shared/format/money'
import { toolsRepository } from '../../db/tools'
import { notifyError, notifySuccess } from '../../ui/notify'
import { AttentionCard } from './AttentionCard'
import { attentionFindings, endOfTermDays, seatVerificationDays } from './attentionFindings'
import { daysLeftLabel } from './deadlineText'
import { RecordDecisionButton } from './RecordDecisionButton'
import { AttentionItem } from './AttentionItem'
import { LowUtilisationThresholdInput } from './LowUtilisationThresholdInput'
import type { Inventory } from './useInventory'

const capitalised = (label: string) => label.charAt(0).toUpperCase() + label.slice(1)

function List({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box component="ul" aria-label={label} m={0} p={0}>
      <Stack gap="xs">{children}</Stack>
    </Box>
  )
}

async function markVerified(id: string, name: string, today: string) {
  try {
    await toolsRepository.update(id, { seatsVerifiedAt: today })
    notifySuccess(`Seats of ${name} marked as verified today`)
  } catch (error) {
    notifyError('Could not save', error)
  }
}

/** Lists of tools that need a look: no owner, low utilisation, unverified seats, overlaps. */
export function AttentionTab({ inventory }: { inventory: Inventory }) {
  const { settings, context } = inventory
  const findings = useMemo(() => attentionFindings(inventory), [inventory])
  const rows = useMemo(() => new Map(inventory.rows.map((row) => [row.tool.id, row])), [inventory.rows])
  const money = (amount: number | undefined) => (amount === undefined ? 'cost unknown' : `${formatMoney(Math.round(amount), settings.baseCurrency)} / yr`)
  const threshold = formatPercent(settings.lowUtilisationThreshold)

  return (
    <Stack gap="lg">
      {findings.overdue.length > 0 && (
        <AttentionCard
          title="Overdue notice deadlines"
          description="The last day to give notice has passed, but the contract has not renewed yet: call the vendor today. Each stays here until you record a decision."
          count={findings.overdue.length}
          empty={null}
        >
          <List label="Overdue notice deadlines">
            {findings.overdue.map(({ tool, deadline, contractEnd, daysOverdue, atStake }) => (
              <AttentionItem
                key={tool.id}
                tool={tool}
                detail={
                  <>
                    Notice was due {formatDay(deadline)} ({daysLeftLabel(-daysOverdue)}); renews {formatDay(contractEnd)}
                    {atStake !== undefined && (
                      <Text span size="xs" c="red" fw={700}>
                        {' '}
                        · {formatMoney(atStake, tool.currency)} at stake
                      </Text>
                    )}
                  </>
                }
                aside={<RecordDecisionButton tool={tool} today={context.today} />}
              />
            ))}
          </List>
        </AttentionCard>
      )}
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <AttentionCard
        title="Contract warnings"
        description="Numbers that contradict each other: more seats in use than bought (a true-up invoice is coming), or a notice period longer than the term."
        count={findings.warnings.length}
        empty="No contract uses more seats than it bought or asks for more notice than its term."
      >
        <List label="Contract warnings">
          {findings.warnings.map(({ tool, warning }) => (
            <AttentionItem key={`${tool.id}-${warning.kind}`} tool={tool} detail={warning.message} />
          ))}
        </List>
      </AttentionCard>

      <AttentionCard
        title={`Terms ending in ${endOfTermDays} days`}
        description="These contracts do not renew by themselves, so there is no notice to give: decide before the term ends whether to renew or let the tool go."
        count={findings.endOfTerm.length}
        empty={`No contract without auto-renew ends in the next ${endOfTermDays} days.`}
      >
        <List label="Terms ending without auto-renew">
          {findings.endOfTerm.map(({ tool, contractEnd, daysLeft }) => (
            <AttentionItem key={tool.id} tool={tool} detail={`Ends ${formatDay(contractEnd)} · ${daysLeftLabel(daysLeft)}`} aside={<RecordDecisionButton tool={tool} today={context.today} />} />
          ))}
        </List>
      </AttentionCard>

      <AttentionCard
        title="No owner"
        description="A tool nobody owns renews unnoticed and keeps seats nobody checks. Give each one an owner."
        count={findings.noOwner.length}
        empty="Every tool has an owner. Owners keep seats, renewals and access in check."
      >
        <List label="Tools without an owner">
          {findings.noOwner.map((tool) => (
            <AttentionItem key={tool.id} tool={tool} detail={`${capitalised(tool.category)} · ${money(rows.get(tool.id)?.annualBase)}`} />
          ))}
        </List>
      </AttentionCard>

      <AttentionCard
        title="Low utilisation"
        description={`Tools whose seats are used less than ${threshold}: candidates to downsize at the next renewal.`}
        count={findings.lowUse.length}
        controls={
          <Box mb="md">
            <LowUtilisationThresholdInput threshold={settings.lowUtilisationThreshold} />
          </Box>
        }
        empty={`No tool is under ${threshold} of its seats. Tools need seats purchased and used to be measured.`}
      >
        <List label="Tools with low utilisation">
          {findings.lowUse.map(({ tool, utilisation }) => (
            <AttentionItem
              key={tool.id}
              tool={tool}
              detail={`${formatCount(tool.seatsUsed ?? 0)} of ${formatCount(tool.seatsPurchased ?? 0)} seats used`}
              aside={
                <Badge variant="light" color="orange">
                  {formatPercent(utilisation)}
                </Badge>
              }
            />
          ))}
        </List>
      </AttentionCard>

      <AttentionCard
        title={`Seats not verified in ${seatVerificationDays} days`}
        description="Seat counts drift as people join and leave. Check them in the vendor's admin console, then mark them verified."
        count={findings.unverified.length}
        empty={`Every seat count was checked in the last ${seatVerificationDays} days.`}
      >
        <List label="Tools with unverified seat counts">
          {findings.unverified.map(({ tool, daysSinceVerified }) => (
            <AttentionItem
              key={tool.id}
              tool={tool}
              detail={daysSinceVerified === undefined ? 'Never verified' : `Last verified ${formatCount(daysSinceVerified)} days ago`}
              aside={
                <Button size="compact-xs" variant="light" onClick={() => void markVerified(tool.id, tool.name, context.today)} aria-label={`Mark seats of ${tool.name} verified today`}>
                  Verified today
                </Button>
              }
            />
          ))}
        </List>
      </AttentionCard>

      <AttentionCard
        title="Overlapping tools"
        description="Active tools of the same category used by the same team: often one can go, or both can be negotiated together."
        count={findings.overlapping.length}
        empty="No team pays for two active tools of the same category. Overlaps show once tools have a category and teams."
      >
        <List label="Overlapping tools">
          {findings.overlapping.map((group) => {
            const total = group.tools.reduce<number | undefined>((sum, tool) => {
              const annual = rows.get(tool.id)?.annualBase
              return sum === undefined || annual === undefined ? undefined : sum + annual
            }, 0)
            return (
              <Box component="li" key={`${group.category}|${group.team}`} style={{ listStyle: 'none' }}>
                <Group justify="space-between" mb={4}>
                  <Text size="sm" fw={600} tt="capitalize">
                    {group.category} · {group.team}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatCount(group.tools.length)} tools · {money(total)}
                  </Text>
                </Group>
                <List label={`${group.category} tools used by ${group.team}`}>
                  {group.tools.map((tool) => (
                    <AttentionItem key={tool.id} tool={tool} detail={`${tool.vendor || capitalised(tool.category)} · ${money(rows.get(tool.id)?.annualBase)}`} />
                  ))}
                </List>
              </Box>
            )
          })}
        </List>
      </AttentionCard>
    </SimpleGrid>
    </Stack>
  )
}
