import { Badge, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { modals } from '@mantine/modals'
import type { IsoDate } from '@shared/domain/tools/isoDate'
import type { StartupSummary, StartupSummaryItem } from '@shared/domain/tools/startupSummary'
import { formatDay } from '@shared/format/day'
import { navigate } from '../../navigation/useRoute'
import { daysLeftLabel, stageColor, stageLabel } from './deadlineText'

function SummaryList({ label, items, onOpen }: { label: string; items: StartupSummaryItem[]; onOpen: (toolId: string) => void }) {
  return (
    <Box component="ul" aria-label={label} m={0} p={0} style={{ listStyle: 'none' }}>
      <Stack gap="xs">
        {items.map(({ tool, deadline, daysLeft, stage }) => (
          <Paper component="li" key={`${tool.id}-${deadline.deadline}`} withBorder radius="md" px="md" py="xs">
            <Group justify="space-between" wrap="nowrap">
              <div>
                <Text size="sm" fw={600}>
                  {tool.name}
                </Text>
                <Text size="xs" c="dimmed">
                  Notice deadline {formatDay(deadline.deadline)} · {deadline.renews ? 'renews' : 'ends'} {formatDay(deadline.contractEnd)}
                </Text>
              </div>
              <Group gap="xs" wrap="nowrap">
                <Badge variant="light" color={stageColor(stage)} title={stageLabel(stage)}>
                  {daysLeftLabel(daysLeft)}
                </Badge>
                <Button size="compact-sm" variant="light" onClick={() => onOpen(tool.id)} aria-label={`Open ${tool.name}`}>
                  Open
                </Button>
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Box>
  )
}

function WhileYouWereAway({ summary, since, onOpen, onDone }: { summary: StartupSummary; since?: IsoDate; onOpen: (toolId: string) => void; onDone: () => void }) {
  return (
    <Stack gap="md">
      <Text size="sm">
        {since ? `Since you last opened Opsdeck on ${formatDay(since)}, these notice deadlines passed or came closer.` : 'These notice deadlines need a decision soon.'} Decide
        whether to renew, renegotiate or cancel before the day.
      </Text>
      {summary.passed.length > 0 && (
        <section aria-labelledby="away-passed">
          <Title order={3} size="h6" id="away-passed" mb="xs" c="red">
            Passed
          </Title>
          <SummaryList label="Notice deadlines that passed" items={summary.passed} onOpen={onOpen} />
        </section>
      )}
      {summary.entered.length > 0 && (
        <section aria-labelledby="away-entered">
          <Title order={3} size="h6" id="away-entered" mb="xs">
            Coming up
          </Title>
          <SummaryList label="Notice deadlines coming up" items={summary.entered} onOpen={onOpen} />
        </section>
      )}
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          Snooze or dismiss a reminder from the tool's page.
        </Text>
        <Button onClick={onDone} data-autofocus>
          Done
        </Button>
      </Group>
    </Stack>
  )
}

/** The start-up summary as a dialog; each tool opens in the Tools page. */
export function openWhileYouWereAway(summary: StartupSummary, since?: IsoDate): void {
  const id = modals.open({
    title: 'While you were away',
    size: 'lg',
    children: (
      <WhileYouWereAway
        summary={summary}
        since={since}
        onDone={() => modals.close(id)}
        onOpen={(toolId) => {
          modals.close(id)
          navigate('tools', toolId)
        }}
      />
    )
  })
}
