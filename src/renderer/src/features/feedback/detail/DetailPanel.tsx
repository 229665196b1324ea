import { CloseButton, Divider, Group, Highlight, ScrollArea, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { customerLabel } from '@shared/domain/feedback/customerKey'
import { feedbackStatuses, type FeedbackStatus } from '@shared/domain/feedback/feedback'
import { filterTextWords } from '@shared/domain/feedback/feedbackFilters'
import type { SuggestionModel } from '@shared/domain/feedback/suggestions'
import { setStatus } from '@shared/domain/feedback/triage'
import { feedbackDateLabel } from '@shared/format/feedbackDate'
import { getFeedback } from '../../../db/feedback'
import { runTriage } from '../inbox/triageActions'
import { DetailFacts } from './DetailFacts'
import { DetailHistory } from './DetailHistory'
import { DetailNotes } from './DetailNotes'
import { DetailTags } from './DetailTags'
import { DetailThemes } from './DetailThemes'
import { SimilarFeedback } from './SimilarFeedback'

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-label={title}>
      <Title order={3} size="h6" mb={6}>
        {title}
      </Title>
      {children}
    </section>
  )
}

/** Everything about one row, and every triage action on it. */
export function DetailPanel({ id, searchText, model, onClose }: { id: string; searchText?: string; model?: SuggestionModel; onClose: () => void }) {
  const row = useLiveQuery(() => getFeedback(id), [id])
  if (!row) return null
  return (
    <aside aria-label="Feedback detail" style={{ height: '100%', display: 'flex', flexDirection: 'column', minHeight: 0 }}>
      <Group justify="space-between" wrap="nowrap" mb="xs">
        <div style={{ minWidth: 0 }}>
          <Title order={2} size="h4" lineClamp={1}>
            {row.title ?? customerLabel(row)}
          </Title>
          <Text size="xs" c="dimmed">
            {[row.title ? customerLabel(row) : undefined, row.company, row.source, feedbackDateLabel(row, new Date())].filter(Boolean).join(' · ')}
          </Text>
        </div>
        <CloseButton aria-label="Close detail" onClick={onClose} />
      </Group>
      <SegmentedControl
        size="xs"
        fullWidth
        mb="sm"
        aria-label="Status"
        value={row.status}
        onChange={(value) => void runTriage([row.id], (rows) => setStatus(rows, { status: value as FeedbackStatus }))}
        data={feedbackStatuses.map((status) => ({ value: status, label: status[0]?.toUpperCase() + status.slice(1) }))}
      />
      <ScrollArea style={{ flex: 1 }} type="auto" offsetScrollbars>
        <Stack gap="md" pb="md">
          <Highlight highlight={filterTextWords(searchText)} size="sm" style={{ whiteSpace: 'pre-wrap' }} aria-label="Feedback text">
            {row.text}
          </Highlight>
          <Divider />
          <Section title="Themes">
            <DetailThemes row={row} model={model} />
          </Section>
          <Section title="Tags">
            <DetailTags row={row} />
          </Section>
          <DetailNotes row={row} />
          <Section title="Details">
            <DetailFacts row={row} />
          </Section>
          <Section title="Similar feedback">
            <SimilarFeedback row={row} />
          </Section>
          <Section title="History">
            <DetailHistory row={row} />
          </Section>
        </Stack>
      </ScrollArea>
    </aside>
  )
}
