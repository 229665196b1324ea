import { MantineProvider, Modal, createTheme, type CSSVariablesResolver } from '@mantine/core'
import { ModalsProvider } from '@mantine/modals'
import { Notifications } from '@mantine/notifications'
import type { ReactNode } from 'react'

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  components: {
    Modal: Modal.extend({ styles: { title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } } })
  }
})

/**
 * Mantine's dimmed grey reads at about 3.3:1 on white and 3.5:1 on a dark card, under the 4.5:1 that small
 * secondary text needs; these two keep it quiet but legible on page and card backgrounds alike.
 */
const legibleDimmedText: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#6b7280' },
  dark: { '--mantine-color-dimmed': '#9a9a9a' }
})

/** Theme follows the system until the user picks one; Mantine remembers the pick. `env="test"` turns off transitions and portals for component tests. */
export function Providers({ children, env }: { children: ReactNode; env?: 'default' | 'test' }) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" env={env} cssVariablesResolver={legibleDimmedText}>
      <Notifications position="bottom-right" />
      <ModalsProvider labels={{ confirm: 'Confirm', cancel: 'Cancel' }}>{children}</ModalsProvider>
    </MantineProvider>
  )
}
