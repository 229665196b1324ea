import { Spotlight, type SpotlightActionGroupData } from '@mantine/spotlight'
import { IconSearch } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useState } from 'react'
import { commandDeclarations, isCommandId } from '@shared/commands'
import { searchRecords, type RecordHit } from '../../db/search'
import type { CommandHandlers } from '../../commands/useCommandHost'
import { navigate } from '../../navigation/useRoute'
import type { PageId } from '../../navigation/routes'
import { ShortcutKeys } from '../../ui/ShortcutKeys'

const pageOfKind: Record<RecordHit['kind'], PageId> = {
  person: 'people',
  tool: 'tools',
  playbook: 'playbooks',
  metric: 'metrics',
  theme: 'feedback'
}

const kindLabel: Record<RecordHit['kind'], string> = {
  person: 'Person',
  tool: 'Tool',
  playbook: 'Playbook',
  metric: 'Metric',
  theme: 'Theme'
}

/** Ctrl/Cmd+K: every command and every named record, one keystroke away. */
export function CommandPalette({ handlers }: { handlers: CommandHandlers }) {
  const [query, setQuery] = useState('')
  const hits = useLiveQuery(() => searchRecords(query), [query]) ?? []

  const commandGroups = useMemo((): SpotlightActionGroupData[] => {
    const groups = new Map<string, SpotlightActionGroupData>()
    for (const command of commandDeclarations) {
      if (!isCommandId(command.id) || command.id === 'app.commandPalette') continue
      const group = groups.get(command.group) ?? { group: command.group, actions: [] }
      group.actions.push({
        id: command.id,
        label: command.group === 'Navigate' ? `Go to ${command.label}` : command.label,
        description: command.description,
        rightSection: command.shortcut ? <ShortcutKeys shortcut={command.shortcut} size="xs" /> : undefined,
        onClick: handlers[command.id]
      })
      groups.set(command.group, group)
    }
    return [...groups.values()]
  }, [handlers])

  const recordGroup: SpotlightActionGroupData = {
    group: 'Records',
    actions: hits.map((hit) => ({
      id: `${hit.kind}:${hit.id}`,
      label: hit.title,
      description: `${kindLabel[hit.kind]}${hit.detail ? ` · ${hit.detail}` : ''}`,
      keywords: [query],
      onClick: () => navigate(pageOfKind[hit.kind], hit.id)
    }))
  }

  return (
    <Spotlight
      shortcut={null}
      query={query}
      onQueryChange={setQuery}
      actions={hits.length > 0 ? [recordGroup, ...commandGroups] : commandGroups}
      nothingFound="Nothing matches. Try a page name, a command or a record's name."
      highlightQuery
      limit={40}
      scrollable
      maxHeight={420}
      searchProps={{ leftSection: <IconSearch size={18} aria-hidden />, placeholder: 'Search pages, commands and records…', 'aria-label': 'Search pages, commands and records' }}
    />
  )
}
