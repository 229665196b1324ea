import { ActionIcon, Anchor, Badge, Button, Group, Kbd, Select, Stack, Text, Tooltip } from '@mantine/core'
import { IconX } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { importanceLevels, type Feedback, type Importance } from '@shared/domain/feedback/feedback'
import type { SuggestionModel } from '@shared/domain/feedback/suggestions'
import { linkToTheme, unlinkFromTheme } from '@shared/domain/feedback/triage'
import { linksOfFeedback, listThemes } from '../../../db/themes'
import { toHash } from '../../../navigation/routes'
import { runTriage } from '../inbox/triageActions'
import { importanceLabel } from '../themes/themeLabels'

/** The themes a row is linked to, each with its importance, and the themes Opsdeck suggests, with why. */
export function DetailThemes({ row, model }: { row: Feedback; model?: SuggestionModel }) {
  const links = useLiveQuery(() => linksOfFeedback(row.id), [row.id, row.updatedAt]) ?? []
  const themes = useLiveQuery(() => listThemes(), []) ?? []
  const names = new Map(themes.map((theme) => [theme.id, theme.name]))
  const suggestions = model?.suggest(row, { limit: 2 }) ?? []

  const setImportance = (themeId: string, importance: Importance) =>
    runTriage([row.id], (rows, found) => linkToTheme(rows, { themeId, importance, links: found, themeName: names.get(themeId) }))
  const unlink = (themeId: string) => runTriage([row.id], (rows, found) => unlinkFromTheme(rows, { themeId, links: found, themeName: names.get(themeId) }))

  return (
    <Stack gap="xs">
      {links.length === 0 && (
        <Text size="sm" c="dimmed">
          Not linked to a theme. Press <Kbd>L</Kbd> to link it.
        </Text>
      )}
      {links.map((link) => (
        <Group key={link.id} gap="xs" wrap="nowrap" justify="space-between">
          <Anchor size="sm" href={toHash('feedback', 'themes', link.themeId)} truncate="end" style={{ flex: 1 }}>
            {names.get(link.themeId) ?? 'A deleted theme'}
          </Anchor>
          <Select
            size="xs"
            w={140}
            aria-label={`Importance for ${names.get(link.themeId) ?? 'theme'}`}
            data={importanceLevels.map((level) => ({ value: level, label: importanceLabel[level] }))}
            value={link.importance}
            onChange={(value) => value && void setImportance(link.themeId, value as Importance)}
            allowDeselect={false}
          />
          <Tooltip label="Unlink">
            <ActionIcon variant="subtle" color="gray" aria-label={`Unlink from ${names.get(link.themeId) ?? 'theme'}`} onClick={() => void unlink(link.themeId)}>
              <IconX size={14} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      ))}
      {suggestions.map((suggestion, index) => (
        <Group key={suggestion.themeId} gap="xs" wrap="nowrap" justify="space-between" role="group" aria-label={`Suggested theme: ${suggestion.themeName}`}>
          <div style={{ flex: 1, minWidth: 0 }}>
            <Group gap={6} wrap="nowrap">
              <Badge size="xs" variant="light" color="yellow">
                Suggested
              </Badge>
              <Text size="sm" truncate="end">
                {suggestion.themeName}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              Shares {suggestion.reason} ({Math.round(suggestion.score * 100)}% match)
            </Text>
          </div>
          <Button
            size="compact-xs"
            variant="light"
            onClick={() => void runTriage([row.id], (rows, found) => linkToTheme(rows, { themeId: suggestion.themeId, importance: 'important', links: found, themeName: suggestion.themeName }))}
          >
            Accept{index === 0 ? ' (A)' : ''}
          </Button>
        </Group>
      ))}
    </Stack>
  )
}
