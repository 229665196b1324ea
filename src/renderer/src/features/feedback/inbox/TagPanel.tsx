import { Button, CloseButton, Group, Paper, Text, TextInput } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { addTags } from '@shared/domain/feedback/triage'
import { triageTargets } from './inboxTargets'
import { inboxUiActions } from './inboxUiStore'
import { runTriage } from './triageActions'

/** t: tags for the current row or the selection; Enter applies, Escape closes. */
export function TagPanel({ textHits, targetLabel }: { textHits: readonly string[] | undefined; targetLabel: string }) {
  const [text, setText] = useState('')
  const close = () => inboxUiActions.openPanel(null)
  async function submit(event: FormEvent) {
    event.preventDefault()
    const tags = text.split(',').map((tag) => tag.trim()).filter(Boolean)
    if (tags.length === 0) return close()
    const ids = await triageTargets(textHits)
    close()
    await runTriage(ids, (rows) => addTags(rows, { tags }))
  }
  return (
    <Paper withBorder p="sm" radius="md" mb="sm" role="dialog" aria-label="Add tags" onKeyDown={(event) => event.key === 'Escape' && close()}>
      <form onSubmit={submit}>
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            label={`Tags for ${targetLabel}`}
            description="Separate tags with commas; Enter adds them, Escape closes"
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            style={{ flex: 1 }}
            data-autofocus
            autoFocus
          />
          <Button type="submit">Add tags</Button>
          <CloseButton aria-label="Close tags" onClick={close} />
        </Group>
        <Text size="xs" c="dimmed" mt={4}>
          Tags you add are yours: a re-import never overwrites them.
        </Text>
      </form>
    </Paper>
  )
}
