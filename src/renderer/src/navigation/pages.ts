import {
  IconAddressBook,
  IconChartLine,
  IconLayoutDashboard,
  IconMessages,
  IconNotebook,
  IconSettings,
  IconTools,
  type Icon
} from '@tabler/icons-react'
import type { PageId } from './routes'

export interface PageEntry {
  id: PageId
  label: string
  icon: Icon
}

export const pages: PageEntry[] = [
  { id: 'dashboard', label: 'Dashboard', icon: IconLayoutDashboard },
  { id: 'feedback', label: 'Feedback', icon: IconMessages },
  { id: 'playbooks', label: 'Playbooks', icon: IconNotebook },
  { id: 'tools', label: 'Tools', icon: IconTools },
  { id: 'metrics', label: 'Metrics', icon: IconChartLine },
  { id: 'people', label: 'People', icon: IconAddressBook },
  { id: 'settings', label: 'Settings', icon: IconSettings }
]
