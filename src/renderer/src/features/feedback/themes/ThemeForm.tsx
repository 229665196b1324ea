import { Button, Group, NumberInput, Select, Stack, TextInput, Textarea } from '@mantine/core'
import { modals } from '@mantine/modals'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState, type FormEvent } from 'react'
import { themeStatuses, type Theme, type ThemeStatus } from '@shared/domain/feedback/feedback'
import { listThemes, themeRepository } from '../../../db/themes'
import { notifyError, notifySuccess } from '../../../ui/notify'
import { PersonSelect } from '../../people'
import { themeStatusLabel } from './themeLabels'

export interface ThemeDraft {
  name: string
  description: string
  status: ThemeStatus
  ownerId?: string
  effort?: number
  /** 0..100 in the form, 0..1 stored. */
  confidencePercent?: number
  parentId?: string
}

export function draftOf(theme?: Theme): ThemeDraft {
  return {
    name: theme?.name ?? '',
    description: theme?.description ?? '',
    status: theme?.status ?? 'idea',
    ownerId: theme?.ownerId,
    effort: theme?.effort,
    confidencePercent: theme?.confidence !== undefined ? Math.round(theme.confidence * 100) : undefined,
    parentId: theme?.parentId
  }
}

export function themeFieldsOf(draft: ThemeDraft): Omit<Theme, 'id' | 'createdAt' | 'updatedAt'> {
  return {
    name: draft.name.trim(),
    description: draft.description.trim(),
    status: draft.status,
    ownerId: draft.ownerId,
    effort: draft.effort,
    confidence: draft.confidencePercent !== undefined ? draft.confidencePercent / 100 : undefined,
    parentId: draft.parentId
  }
}

const numberOrUndefined = (value: string | number) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined)

/** Name, why it matters, where it stands, who owns it, and what it costs: what scoring needs. */
export function ThemeForm({ theme, onDone }: { theme?: Theme; onDone: (saved?: Theme) => void }) {
  const [draft, setDraft] = useState<ThemeDraft>(() => draftOf(theme))
  const [error, setError] = useState<string>()
  const others = useLiveQuery(() => listThemes(), []) ?? []
  const set = (changes: Partial<ThemeDraft>) => setDraft((current) => ({ ...current, ...changes }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!draft.name.trim()) return setError('Give the theme a name')
    try {
      const fields = themeFieldsOf(draft)
      if (theme) {
        await themeRepository.update(theme.id, fields)
        notifySuccess(`Saved ${fields.name}`)
        onDone({ ...theme, ...fields })
      } else {
        const created = await themeRepository.create(fields)
        notifySuccess(`Created ${created.name}`)
        onDone(created)
      }
    } catch (failure) {
      notifyError('Could not save the theme', failure)
    }
  }

  const parentOptions = others.filter((other) => other.id !== theme?.id && other.parentId !== theme?.id).map((other) => ({ value: other.id, label: other.name }))
  return (
    <form onSubmit={submit} noValidate aria-label={theme ? `Edit ${theme.name}` : 'New theme'}>
      <Stack>
        <TextInput label="Name" required value={draft.name} error={error} onChange={(e) => set({ name: e.currentTarget.value })} data-autofocus />
        <Textarea label="Description" description="The customer problem, in a sentence or two" autosize minRows={2} value={draft.description} onChange={(e) => set({ description: e.currentTarget.value })} />
        <Group grow>
          <Select label="Status" data={themeStatuses.map((value) => ({ value, label: themeStatusLabel[value] }))} value={draft.status} onChange={(value) => set({ status: (value as ThemeStatus | null) ?? 'idea' })} allowDeselect={false} />
          <PersonSelect label="Owner" value={draft.ownerId} onChange={(ownerId) => set({ ownerId })} />
        </Group>
        <Group grow>
          <NumberInput label="Effort (person-weeks)" min={0} step={0.5} decimalScale={1} value={draft.effort ?? ''} onChange={(value) => set({ effort: numberOrUndefined(value) })} />
          <NumberInput label="Confidence (%)" min={0} max={100} step={10} suffix="%" value={draft.confidencePercent ?? ''} onChange={(value) => set({ confidencePercent: numberOrUndefined(value) })} />
        </Group>
        <Select label="Parent theme" data={parentOptions} value={draft.parentId ?? null} onChange={(value) => set({ parentId: value ?? undefined })} clearable searchable placeholder="None" />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone()}>
            Cancel
          </Button>
          <Button type="submit">{theme ? 'Save theme' : 'Create theme'}</Button>
        </Group>
      </Stack>
    </form>
  )
}

export function openThemeEditor(theme?: Theme, onSaved?: (theme: Theme) => void): void {
  const id = modals.open({
    title: theme ? `Edit ${theme.name}` : 'New theme',
    size: 'lg',
    children: (
      <ThemeForm
        theme={theme}
        onDone={(saved) => {
          modals.close(id)
          if (saved) onSaved?.(saved)
        }}
      />
    )
  })
}
