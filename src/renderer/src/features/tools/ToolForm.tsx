import { Alert, Button, Group, List, Stack, Text, Textarea } from '@mantine/core'
import { modals } from '@mantine/modals'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useState, type FormEvent, type KeyboardEvent } from 'react'
import { contractWarnings } from '@shared/domain/tools/renewalDecision'
import { defaultToolCategories, type Tool } from '@shared/domain/tools/tool'
import { getToolSettings, listTools, toolsRepository } from '../../db/tools'
import { navigate } from '../../navigation/useRoute'
import { notifyError, notifySuccess } from '../../ui/notify'
import { distinctLabels } from './inventoryRows'
import { checkToolDraft, draftFromTool, emptyToolDraft, toolChanges, type ToolDraft, type ToolFieldErrors } from './toolDraft'
import { BasicsSection, ContractSection, OwnershipSection, SeatsSection, SecuritySection } from './ToolFormSections'

/** Suggestions the form offers: categories and teams already in use, and the other tools to link. */
function useSuggestions(toolId: string | undefined) {
  const tools = useLiveQuery(() => listTools(), [])
  return useMemo(() => {
    const all = tools ?? []
    return {
      categories: distinctLabels([...defaultToolCategories, ...all.map((t) => t.category)]),
      teams: distinctLabels(all.flatMap((t) => t.teams)),
      otherTools: all.filter((t) => t.id !== toolId).map((t) => ({ value: t.id, label: t.name }))
    }
  }, [tools, toolId])
}

async function saveTool(tool: Tool | undefined, draft: ToolDraft): Promise<{ errors: ToolFieldErrors } | { saved: Tool | undefined }> {
  const check = checkToolDraft(draft)
  if (!check.ok) return { errors: check.errors }
  if (!tool) return { saved: await toolsRepository.create(check.fields) }
  await toolsRepository.update(tool.id, toolChanges(check.fields))
  return { saved: undefined }
}

export interface ToolFormProps {
  /** The tool to edit; a new one when absent. */
  tool?: Tool
  initialDraft?: ToolDraft
  onDone?: () => void
}

/** Every field of a tool, checked with the tool schema; messages appear next to the fields. */
export function ToolForm({ tool, initialDraft, onDone }: ToolFormProps) {
  const saved = useMemo(() => (tool ? draftFromTool(tool) : (initialDraft ?? emptyToolDraft())), [tool, initialDraft])
  const [draft, setDraft] = useState<ToolDraft>(saved)
  const [errors, setErrors] = useState<ToolFieldErrors>({})
  const [saving, setSaving] = useState(false)
  const [askDiscard, setAskDiscard] = useState(false)
  const [base, setBase] = useState(saved)
  const suggestions = useSuggestions(tool?.id)
  // The tool changed in the database (saved here, a reminder action, another window): follow it unless the user is editing.
  if (base !== saved) {
    setBase(saved)
    if (JSON.stringify(draft) === JSON.stringify(base)) setDraft(saved)
  }
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved)
  const update = (changes: Partial<ToolDraft>) => setDraft((current) => ({ ...current, ...changes }))
  const sectionProps = { draft, errors, update }

  async function submit(event: FormEvent) {
    event.preventDefault()
    setSaving(true)
    try {
      const result = await saveTool(tool, draft)
      if ('errors' in result) {
        setErrors(result.errors)
        return
      }
      setErrors({})
      notifySuccess(tool ? `Saved ${draft.name.trim()}` : `Added ${draft.name.trim()}`)
      onDone?.()
    } catch (error) {
      notifyError('Could not save the tool', error)
    } finally {
      setSaving(false)
    }
  }

  const hasErrors = Object.keys(errors).length > 0
  const warnings = useMemo(() => {
    const check = checkToolDraft(draft)
    return check.ok ? contractWarnings(check.fields) : []
  }, [draft])

  // Escape on a half-filled form asks before the typing is thrown away.
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== 'Escape' || event.defaultPrevented) return
    const changed = tool ? dirty : JSON.stringify(draft) !== JSON.stringify(saved)
    if (!changed) {
      if (!tool) onDone?.()
      return
    }
    event.preventDefault()
    event.stopPropagation()
    // Asked inside the form: a second modal would replace this one and lose what was typed.
    setAskDiscard(true)
  }

  function discard() {
    setAskDiscard(false)
    setDraft(saved)
    setErrors({})
    if (tool) navigate('tools')
    else onDone?.()
  }

  return (
    <form onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-label={tool ? `Details of ${tool.name}` : 'New tool'}>
      <Stack gap="md">
        <BasicsSection {...sectionProps} categories={suggestions.categories} autoFocus={!tool} />
        <OwnershipSection {...sectionProps} teams={suggestions.teams} />
        <ContractSection {...sectionProps} />
        <SeatsSection {...sectionProps} />
        <SecuritySection {...sectionProps} otherTools={suggestions.otherTools} />
        <Textarea label="Notes" placeholder="Renewal negotiations, contacts, anything worth remembering" autosize minRows={3} value={draft.notes} onChange={(e) => update({ notes: e.currentTarget.value })} />
        {warnings.length > 0 && (
          <Alert color="yellow" title="Check these numbers" role="status">
            <List size="sm">
              {warnings.map((warning) => (
                <List.Item key={warning.kind}>{warning.message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {askDiscard && (
          <Alert color="red" role="alertdialog" aria-label={tool ? 'Discard your changes?' : 'Discard this new tool?'} title={tool ? 'Discard your changes?' : 'Discard this new tool?'}>
            <Text size="sm" mb="xs">
              {tool ? `Your changes to ${tool.name} are not saved yet.` : 'What you typed into the form is not saved yet.'}
            </Text>
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => setAskDiscard(false)} ref={(button) => button?.focus()}>
                Keep editing
              </Button>
              <Button size="xs" color="red" onClick={discard}>
                Discard
              </Button>
            </Group>
          </Alert>
        )}
        <Group justify="flex-end">
          {hasErrors && (
            <Text role="status" size="sm" c="red" mr="auto">
              Fix the fields marked in red, then save again.
            </Text>
          )}
          {tool ? (
            <Button variant="default" disabled={!dirty} onClick={() => {
                setDraft(saved)
                setErrors({})
              }}>
              Discard changes
            </Button>
          ) : (
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={saving} disabled={tool !== undefined && !dirty}>
            {tool ? 'Save changes' : 'Add tool'}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** A new tool in a modal; an existing one opens in the Tools page's drawer. */
export function openToolEditor(tool?: Tool): void {
  if (tool) return navigate('tools', tool.id)
  void getToolSettings().then(
    ({ baseCurrency }) => {
      const id = modals.open({ title: 'New tool', size: 'xl', closeOnEscape: false, children: <ToolForm initialDraft={emptyToolDraft(baseCurrency)} onDone={() => modals.close(id)} /> })
    },
    (error: unknown) => notifyError('Could not open the form', error)
  )
}
