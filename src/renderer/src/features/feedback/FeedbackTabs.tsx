import { Tabs } from '@mantine/core'
import { navigate } from '../../navigation/useRoute'

export type FeedbackTab = 'inbox' | 'themes' | 'imports'

/** Inbox, Themes and Import history: the three faces of the Feedback page. */
export function FeedbackTabs({ active }: { active: FeedbackTab }) {
  return (
    <Tabs
      value={active}
      onChange={(value) => {
        if (value === 'inbox') navigate('feedback')
        else if (value) navigate('feedback', value)
      }}
      mb="sm"
    >
      <Tabs.List>
        <Tabs.Tab value="inbox">Inbox</Tabs.Tab>
        <Tabs.Tab value="themes">Themes</Tabs.Tab>
        <Tabs.Tab value="imports">Import history</Tabs.Tab>
      </Tabs.List>
    </Tabs>
  )
}
