import { Divider, Group, NumberInput, Paper, Select, Stack, TagsInput, Text, Textarea, Title, Tooltip } from '@mantine/core'
import { playbookCategories, playbookStatuses, raciRoles, type Playbook, type PlaybookCategory, type PlaybookStatus } from '@shared/domain/playbooks/playbook'
import { exactTime, relativeTime } from '@shared/format/relativeTime'
import type { PlaybookChanges } from '../../../db/playbooks'
import { PeopleMultiSelect, PersonSelect } from '../../people'
import { categoryLabel, raciLabel, statusLabel } from '../labels'
import { MarkReviewedButton } from '../library/MarkReviewedButton'

export interface MetadataPanelProps {
  working: Playbook
  stored: Playbook
  names: ReadonlyMap<string, string>
  knownTags: string[]
  change: (changes: PlaybookChanges) => void
  save: () => void
}

function LastReviewed({ playbook, names }: { playbook: Playbook; names: ReadonlyMap<string, string> }) {
  if (!playbook.lastReviewedAt) return <Text size="xs" c="dimmed">Never reviewed.</Text>
  const by = playbook.lastReviewedBy ? names.get(playbook.lastReviewedBy) : undefined
  return (
    <Tooltip label={exactTime(playbook.lastReviewedAt)}>
      <Text size="xs" c="dimmed">
        Reviewed {relativeTime(playbook.lastReviewedAt, new Date())}
        {by ? ` by ${by}` : ''}.
      </Text>
    </Tooltip>
  )
}

/** What the playbook is, who owns it, who is involved (RACI) and how often it is reviewed. */
export function MetadataPanel({ working, stored, names, knownTags, change, save }: MetadataPanelProps) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="playbook-details-heading">
      <Stack gap="sm">
        <Title order={2} size="h5" id="playbook-details-heading">
          Details
        </Title>
        <Textarea label="Summary" description="When to use it and what it achieves" autosize minRows={2} maxRows={6} value={working.summary} onChange={(event) => change({ summary: event.currentTarget.value })} onBlur={save} />
        <Group grow gap="sm">
          <Select label="Category" allowDeselect={false} data={playbookCategories.map((value) => ({ value, label: categoryLabel[value] }))} value={working.category} onChange={(value) => value && change({ category: value as PlaybookCategory })} />
          <Select label="Status" allowDeselect={false} data={playbookStatuses.map((value) => ({ value, label: statusLabel[value] }))} value={working.status} onChange={(value) => value && change({ status: value as PlaybookStatus })} />
        </Group>
        <TagsInput label="Tags" placeholder={working.tags.length ? '' : 'Type a tag, then Enter'} data={knownTags} value={working.tags} onChange={(tags) => change({ tags })} clearable splitChars={[',', ' ']} />
        <PersonSelect label="Owner" description="Keeps it current and reviews it" value={working.ownerId} onChange={(ownerId) => change({ ownerId })} />
        <Divider label="RACI" labelPosition="left" />
        {raciRoles.map((role) => (
          <PeopleMultiSelect key={role} label={raciLabel[role]} value={working.raci[role]} onChange={(ids) => change({ raci: { ...working.raci, [role]: ids } })} />
        ))}
        <Divider label="Review" labelPosition="left" />
        <NumberInput
          label="Review every (days)"
          description={working.nextReviewAt ? `Next review on ${working.nextReviewAt}` : 'No review scheduled'}
          min={1}
          max={3650}
          allowDecimal={false}
          placeholder="Never"
          value={working.reviewCadenceDays ?? ''}
          onChange={(value) => change({ reviewCadenceDays: typeof value === 'number' && value > 0 ? value : undefined })}
          onBlur={save}
        />
        <Group justify="space-between" wrap="nowrap">
          <LastReviewed playbook={stored} names={names} />
          <MarkReviewedButton playbook={stored} />
        </Group>
      </Stack>
    </Paper>
  )
}
