import { ActionIcon, Anchor, Badge, Button, Grid, Group, Paper, Radio, ScrollArea, Stack, Text, Title, Tooltip } from '@mantine/core'
import { IconArrowLeft, IconTrash } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { createPlaybook, deletePlaybook, listSavedTemplates, restoreBundle } from '../../../db/playbooks'
import { toHash } from '../../../navigation/routes'
import { navigate } from '../../../navigation/useRoute'
import { confirmAction } from '../../../ui/confirm'
import { notifyError, notifyWithUndo } from '../../../ui/notify'
import { PageHeader } from '../../../ui/PageHeader'
import { categoryLabel } from '../labels'
import { DocPreview } from './DocPreview'
import { templateChoices, type TemplateChoice } from './templateChoices'
import classes from './NewPlaybookPage.module.css'

async function removeSavedTemplate(choice: TemplateChoice): Promise<void> {
  if (!choice.playbookId) return
  const confirmed = await confirmAction({ title: `Delete the template “${choice.title}”?`, message: 'Playbooks made from it are not affected.', confirmLabel: 'Delete template', destructive: true })
  if (!confirmed) return
  const bundle = await deletePlaybook(choice.playbookId)
  if (bundle) notifyWithUndo(`Deleted the template “${choice.title}”`, () => restoreBundle(bundle))
}

function ChoiceCard({ choice }: { choice: TemplateChoice }) {
  return (
    <Radio.Card value={choice.key} className={classes.card} radius="md">
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Radio.Indicator mt={2} />
        <Stack gap={2} style={{ flex: 1 }}>
          <Text fw={600} size="sm">
            {choice.title}
          </Text>
          <Text size="xs" c="dimmed" lineClamp={2}>
            {choice.summary}
          </Text>
          {choice.kind !== 'blank' && (
            <Group gap={6} mt={4}>
              <Badge size="xs" variant="light">
                {categoryLabel[choice.category]}
              </Badge>
              <Text size="xs" c="dimmed">
                {choice.stepCount} steps
              </Text>
            </Group>
          )}
        </Stack>
      </Group>
    </Radio.Card>
  )
}

/** "New playbook": blank, one of the built-in product-ops templates, or a playbook the team saved as a template. */
export function NewPlaybookPage() {
  const saved = useLiveQuery(() => listSavedTemplates(), []) ?? []
  const choices = templateChoices(saved)
  const [selected, setSelected] = useState('built-in:product-launch')
  const [busy, setBusy] = useState(false)
  const choice = choices.find((candidate) => candidate.key === selected) ?? choices[0]
  if (!choice) return null

  async function create() {
    if (!choice) return
    setBusy(true)
    try {
      const playbook = await createPlaybook(choice.create())
      navigate('playbooks', playbook.id)
    } catch (error) {
      notifyError('Could not create the playbook', error)
      setBusy(false)
    }
  }

  const groups: { label: string; items: TemplateChoice[] }[] = [
    { label: 'Start', items: choices.filter((candidate) => candidate.kind === 'blank') },
    { label: 'Built-in templates', items: choices.filter((candidate) => candidate.kind === 'built-in') },
    { label: 'Your templates', items: choices.filter((candidate) => candidate.kind === 'saved') }
  ]
  return (
    <>
      <Anchor href={toHash('playbooks')} size="sm" mb="xs" display="inline-block">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          Playbooks
        </Group>
      </Anchor>
      <PageHeader
        title="New playbook"
        description="Start blank or from a template written for product ops. You can change everything afterwards."
        action={
          <Button onClick={() => void create()} loading={busy}>
            {choice.kind === 'blank' ? 'Create blank playbook' : 'Create from template'}
          </Button>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <Radio.Group value={choice.key} onChange={setSelected} label="Choose a starting point" aria-label="Templates">
            <ScrollArea.Autosize mah="calc(100vh - 240px)" mt="xs" offsetScrollbars>
              <Stack gap="md">
                {groups
                  .filter((group) => group.items.length > 0)
                  .map((group) => (
                    <Stack key={group.label} gap={6}>
                      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                        {group.label}
                      </Text>
                      {group.items.map((item) => (
                        <Group key={item.key} gap={4} wrap="nowrap" align="flex-start">
                          <div style={{ flex: 1 }}>
                            <ChoiceCard choice={item} />
                          </div>
                          {item.kind === 'saved' && (
                            <Tooltip label="Delete this template">
                              <ActionIcon variant="subtle" color="gray" mt={8} aria-label={`Delete the template “${item.title}”`} onClick={() => void removeSavedTemplate(item)}>
                                <IconTrash size={16} aria-hidden />
                              </ActionIcon>
                            </Tooltip>
                          )}
                        </Group>
                      ))}
                    </Stack>
                  ))}
              </Stack>
            </ScrollArea.Autosize>
          </Radio.Group>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Paper withBorder radius="md" p="lg" component="section" aria-label="Preview">
            <Group justify="space-between" align="flex-start" mb="xs">
              <Stack gap={4}>
                <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
                  Preview
                </Text>
                <Title order={2} size="h3">
                  {choice.title}
                </Title>
              </Stack>
              {choice.kind !== 'blank' && <Badge variant="light">{categoryLabel[choice.category]}</Badge>}
            </Group>
            <Text c="dimmed" size="sm" mb="sm">
              {choice.summary}
            </Text>
            {choice.tags.length > 0 && (
              <Group gap={4} mb="sm">
                {choice.tags.map((tag) => (
                  <Badge key={tag} size="sm" variant="outline" color="gray">
                    {tag}
                  </Badge>
                ))}
              </Group>
            )}
            {choice.kind !== 'blank' && <DocPreview key={choice.key} doc={choice.content} label={`Preview of ${choice.title}`} />}
          </Paper>
        </Grid.Col>
      </Grid>
    </>
  )
}
