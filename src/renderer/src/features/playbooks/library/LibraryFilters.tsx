import { Button, Group, Select, Stack, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { playbookCategories, playbookStatuses } from '@shared/domain/playbooks/playbook'
import type { ReviewState } from '@shared/domain/playbooks/reviewState'
import { categoryLabel, reviewStateLabel, statusLabel } from '../labels'
import { usePlaybooksUi } from '../playbooksUiStore'
import { isFiltered, playbookSorts, sortLabel, type PlaybookSort } from './filterPlaybooks'

const reviewStates: ReviewState[] = ['due', 'stale', 'ok', 'no-cadence']

export function LibraryFilters({ tags, people }: { tags: string[]; people: ReadonlyMap<string, string> }) {
  const filter = usePlaybooksUi((state) => state.filter)
  const setFilter = usePlaybooksUi((state) => state.setFilter)
  const clearFilter = usePlaybooksUi((state) => state.clearFilter)
  const owners = [{ value: 'none', label: 'No owner' }, ...[...people].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label))]
  return (
    <Stack gap="xs" mb="md">
      <Group gap="sm" wrap="nowrap">
        <TextInput
          aria-label="Search playbooks"
          placeholder="Search titles, summaries, tags and text"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={filter.text}
          onChange={(event) => setFilter({ text: event.currentTarget.value })}
          style={{ flex: 1 }}
        />
        <Select aria-label="Sort by" w={220} allowDeselect={false} data={playbookSorts.map((value) => ({ value, label: `Sort: ${sortLabel[value]}` }))} value={filter.sort} onChange={(value) => setFilter({ sort: (value as PlaybookSort | null) ?? 'updated' })} />
      </Group>
      <Group gap="sm">
        <Select aria-label="Category" placeholder="Any category" clearable w={160} data={playbookCategories.map((value) => ({ value, label: categoryLabel[value] }))} value={filter.category} onChange={(value) => setFilter({ category: value as typeof filter.category })} />
        <Select aria-label="Status" placeholder="Any status" clearable w={140} data={playbookStatuses.map((value) => ({ value, label: statusLabel[value] }))} value={filter.status} onChange={(value) => setFilter({ status: value as typeof filter.status })} />
        <Select aria-label="Tag" placeholder="Any tag" clearable searchable w={150} data={tags} value={filter.tag} onChange={(value) => setFilter({ tag: value })} nothingFoundMessage="No such tag" />
        <Select aria-label="Owner" placeholder="Any owner" clearable searchable w={180} data={owners} value={filter.owner} onChange={(value) => setFilter({ owner: value })} nothingFoundMessage="No one by that name" />
        <Select aria-label="Review state" placeholder="Any review state" clearable w={190} data={reviewStates.map((value) => ({ value, label: reviewStateLabel[value] }))} value={filter.review} onChange={(value) => setFilter({ review: value as ReviewState | null })} />
        {isFiltered(filter) && (
          <Button variant="subtle" onClick={clearFilter}>
            Clear filters
          </Button>
        )}
      </Group>
    </Stack>
  )
}
