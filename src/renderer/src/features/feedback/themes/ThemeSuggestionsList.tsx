import { Button, Group, Kbd, Paper, Stack, Text, Title } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState, type KeyboardEvent } from 'react'
import { customerLabel } from '@shared/domain/feedback/customerKey'
import { linkToTheme } from '@shared/domain/feedback/triage'
import { newestUntriaged } from '../../../db/feedbackPages'
import { runTriage } from '../inbox/triageActions'
import { useSuggestionModel } from './useSuggestionModel'

const snippet = (text: string) => (text.length > 160 ? `${text.slice(0, 159)}…` : text)

/**
 * Untriaged feedback with the theme it most likely belongs to and why (the
 * words it shares with the theme's members). Enter or A accepts the focused one.
 */
export function ThemeSuggestionsList() {
  const model = useSuggestionModel()
  const rows = useLiveQuery(() => newestUntriaged(200), [])
  const [focused, setFocused] = useState(0)
  if (!model || !rows) return null
  const items = rows.flatMap((row) => {
    const best = model.suggest(row, { limit: 1 })[0]
    return best ? [{ row, best }] : []
  }).slice(0, 20)

  const accept = (index: number) => {
    const item = items[index]
    if (!item) return
    void runTriage([item.row.id], (found, links) => linkToTheme(found, { themeId: item.best.themeId, importance: 'important', links, themeName: item.best.themeName }))
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
    if (event.key === 'Enter' || event.key.toLowerCase() === 'a') {
      event.preventDefault()
      event.stopPropagation()
      accept(index)
    }
  }

  return (
    <Paper withBorder p="md" radius="md">
      <Title order={3} size="h5">
        Suggestions for untriaged feedback
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        Computed on this computer from the words each theme’s feedback shares. Focus a suggestion and press <Kbd>Enter</Kbd> to accept it.
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          No suggestions right now: new feedback shares too few words with any theme.
        </Text>
      ) : (
        <Stack gap={4} role="list" aria-label="Theme suggestions">
          {items.map(({ row, best }, index) => (
            <Group
              key={row.id}
              role="listitem"
              tabIndex={0}
              aria-label={`${snippet(row.text)} — suggested theme ${best.themeName}`}
              onFocus={() => setFocused(index)}
              onKeyDown={(event) => onKeyDown(event, index)}
              wrap="nowrap"
              justify="space-between"
              p={6}
              style={{ borderRadius: 'var(--mantine-radius-sm)', outline: focused === index ? undefined : 'none' }}
            >
              <div style={{ minWidth: 0, flex: 1 }}>
                <Text size="sm" lineClamp={2}>
                  {snippet(row.text)}
                </Text>
                <Text size="xs" c="dimmed">
                  {customerLabel(row)} → <strong>{best.themeName}</strong>: shares {best.reason} ({Math.round(best.score * 100)}% match)
                </Text>
              </div>
              <Button size="compact-xs" variant="light" tabIndex={-1} onClick={() => accept(index)}>
                Accept
              </Button>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  )
}
