import { Button, CloseButton, Group, Kbd, Paper, Stack, Text, TextInput, UnstyledButton } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { importanceLevels, type Importance, type Theme } from '@shared/domain/feedback/feedback'
import { linkToTheme } from '@shared/domain/feedback/triage'
import { deleteThemeIfUnlinked, listThemes, themeRepository } from '../../../db/themes'
import { importanceLabel } from '../themes/themeLabels'
import { triageTargets } from './inboxTargets'
import { inboxUiActions } from './inboxUiStore'
import { runTriage } from './triageActions'
import classes from './LinkPanel.module.css'

type Choice = { kind: 'theme'; theme: Theme } | { kind: 'create'; name: string }

/**
 * l: link to a theme in two keystrokes. Type to find the theme (or a new
 * name), Enter, then 1, 2 or 3 for the importance.
 */
export function LinkPanel({ textHits, targetLabel }: { textHits: readonly string[] | undefined; targetLabel: string }) {
  const themes = useLiveQuery(() => listThemes(), []) ?? []
  const [query, setQuery] = useState('')
  const [highlight, setHighlight] = useState(0)
  // A new name is only a name until the link is made: closing the picker leaves no empty theme behind.
  const [chosen, setChosen] = useState<Pick<Theme, 'name'> & { id?: string }>()
  const importanceRef = useRef<HTMLButtonElement>(null)
  const close = () => inboxUiActions.openPanel(null)

  const needle = query.trim().toLowerCase()
  const matches = themes.filter((theme) => theme.name.toLowerCase().includes(needle)).slice(0, 8)
  const choices: Choice[] = matches.map((theme) => ({ kind: 'theme', theme }))
  if (needle && !themes.some((theme) => theme.name.toLowerCase() === needle)) choices.push({ kind: 'create', name: query.trim() })

  useEffect(() => {
    if (chosen) importanceRef.current?.focus()
  }, [chosen])

  async function choose(choice: Choice | undefined) {
    if (!choice) return
    setChosen(choice.kind === 'theme' ? choice.theme : { name: choice.name })
  }

  async function link(importance: Importance) {
    if (!chosen) return
    const ids = await triageTargets(textHits)
    close()
    const created = chosen.id ? undefined : await themeRepository.create({ name: chosen.name, description: '', status: 'idea' })
    const themeId = chosen.id ?? created?.id
    if (!themeId) return
    const changes = await runTriage(ids, (rows, links) => ({ ...linkToTheme(rows, { themeId, importance, links, themeName: chosen.name }), createdThemeId: created?.id }))
    if (created && !changes) await deleteThemeIfUnlinked(created.id)
  }

  function onSearchKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') setHighlight((index) => Math.min(choices.length - 1, index + 1))
    else if (event.key === 'ArrowUp') setHighlight((index) => Math.max(0, index - 1))
    else if (event.key === 'Enter') void choose(choices[Math.min(highlight, choices.length - 1)])
    else return
    event.preventDefault()
  }

  function onImportanceKey(event: KeyboardEvent<HTMLDivElement>) {
    const level = importanceLevels[Number(event.key) - 1]
    if (!level) return
    event.preventDefault()
    void link(level)
  }

  return (
    <Paper withBorder p="sm" radius="md" mb="sm" role="dialog" aria-label="Link to a theme" onKeyDown={(event) => event.key === 'Escape' && close()}>
      <Group justify="space-between" mb="xs">
        <Text size="sm" fw={600}>
          Link {targetLabel} to a theme
        </Text>
        <CloseButton aria-label="Close theme picker" onClick={close} />
      </Group>
      {!chosen ? (
        <Stack gap={4}>
          <TextInput
            aria-label="Find a theme"
            placeholder="Type a theme's name, or a new one"
            value={query}
            onChange={(event) => {
              setQuery(event.currentTarget.value)
              setHighlight(0)
            }}
            onKeyDown={onSearchKey}
            autoFocus
          />
          <div role="listbox" aria-label="Themes">
            {choices.map((choice, index) => (
              <UnstyledButton
                key={choice.kind === 'theme' ? choice.theme.id : 'create'}
                role="option"
                aria-selected={index === highlight}
                className={classes.option}
                data-highlighted={index === highlight || undefined}
                onClick={() => void choose(choice)}
                tabIndex={-1}
              >
                <Text size="sm">{choice.kind === 'theme' ? choice.theme.name : `Create theme “${choice.name}”`}</Text>
              </UnstyledButton>
            ))}
            {choices.length === 0 && (
              <Text size="sm" c="dimmed" p="xs">
                No themes yet: type a name to create one.
              </Text>
            )}
          </div>
        </Stack>
      ) : (
        <div role="group" aria-label={`Importance for ${chosen.name}`} onKeyDown={onImportanceKey}>
          <Text size="sm" mb="xs">
            How important is <strong>{chosen.name}</strong> to {targetLabel}? Press <Kbd>1</Kbd>, <Kbd>2</Kbd> or <Kbd>3</Kbd>.
          </Text>
          <Group gap="xs">
            {importanceLevels.map((level, index) => (
              <Button key={level} ref={level === 'important' ? importanceRef : undefined} variant={level === 'important' ? 'filled' : 'default'} onClick={() => void link(level)}>
                {index + 1} · {importanceLabel[level]}
              </Button>
            ))}
          </Group>
        </div>
      )}
    </Paper>
  )
}
