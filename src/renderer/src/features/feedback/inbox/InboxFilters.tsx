import { Button, Group, MultiSelect, NumberInput, Paper, Select, SimpleGrid, TagsInput, TextInput } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import type { FeedbackFilter } from '@shared/domain/feedback/feedbackFilters'
import { filterSuggestions } from '../../../db/feedbackPages'
import { listImportBatches } from '../../../db/feedbackImport'
import { listThemes } from '../../../db/themes'
import { inboxUiActions, useInboxUi } from './inboxUiStore'

const numberOrUndefined = (value: string | number) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined)
const listOrUndefined = (values: string[]) => (values.length > 0 ? values : undefined)

/** Every filter besides text and status, shown on demand; all of them combine. */
export function InboxFilters() {
  const filter = useInboxUi((state) => state.filter)
  const suggestions = useLiveQuery(() => filterSuggestions(), [])
  const themes = useLiveQuery(() => listThemes(), []) ?? []
  const batches = useLiveQuery(() => listImportBatches(), []) ?? []
  const set = (changes: Partial<FeedbackFilter>) => inboxUiActions.setFilter(changes)
  return (
    <Paper withBorder p="sm" radius="md" mb="sm" role="group" aria-label="More filters">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        <TagsInput label="Source" data={suggestions?.sources ?? []} value={filter.source ?? []} onChange={(source) => set({ source: listOrUndefined(source) })} clearable />
        <MultiSelect label="Theme" data={themes.map((theme) => ({ value: theme.id, label: theme.name }))} value={filter.themeId ?? []} onChange={(themeId) => set({ themeId: listOrUndefined(themeId) })} searchable clearable />
        <TagsInput label="Tag" data={suggestions?.tags ?? []} value={filter.tag ?? []} onChange={(tag) => set({ tag: listOrUndefined(tag) })} clearable />
        <TagsInput label="Company" data={suggestions?.companies ?? []} value={filter.company ?? []} onChange={(company) => set({ company: listOrUndefined(company) })} clearable />
        <TagsInput label="Plan" data={suggestions?.plans ?? []} value={filter.plan ?? []} onChange={(plan) => set({ plan: listOrUndefined(plan) })} clearable />
        <TextInput label="Received from" type="date" value={filter.dateFrom ?? ''} onChange={(e) => set({ dateFrom: e.currentTarget.value || undefined })} />
        <TextInput label="Received until" type="date" value={filter.dateTo ?? ''} onChange={(e) => set({ dateTo: e.currentTarget.value || undefined })} />
        <Select
          label="Import"
          data={batches.map((batch) => ({ value: batch.id, label: `${batch.fileName} (${new Date(batch.createdAt).toLocaleDateString()})` }))}
          value={filter.batchId ?? null}
          onChange={(batchId) => set({ batchId: batchId ?? undefined })}
          clearable
          searchable
          placeholder="Any import"
        />
        <Group grow gap="xs">
          <NumberInput label="Rating from" value={filter.ratingMin ?? ''} onChange={(value) => set({ ratingMin: numberOrUndefined(value) })} />
          <NumberInput label="to" value={filter.ratingMax ?? ''} onChange={(value) => set({ ratingMax: numberOrUndefined(value) })} />
        </Group>
        <Group grow gap="xs">
          <NumberInput label="MRR from" min={0} thousandSeparator value={filter.revenueMin ?? ''} onChange={(value) => set({ revenueMin: numberOrUndefined(value) })} />
          <NumberInput label="to" min={0} thousandSeparator value={filter.revenueMax ?? ''} onChange={(value) => set({ revenueMax: numberOrUndefined(value) })} />
        </Group>
        <Select
          label="Merged duplicates"
          data={[
            { value: 'exclude', label: 'Hidden' },
            { value: 'only', label: 'Only merged' }
          ]}
          value={filter.merged ?? 'exclude'}
          onChange={(merged) => set({ merged: merged === 'only' ? 'only' : undefined })}
          allowDeselect={false}
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="sm">
        <Button variant="subtle" size="compact-sm" onClick={inboxUiActions.clearFilter}>
          Clear all filters
        </Button>
      </Group>
    </Paper>
  )
}
