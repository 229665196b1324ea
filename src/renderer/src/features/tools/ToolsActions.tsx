import { Button, Group, Menu } from '@mantine/core'
import { IconCalendarDown, IconChevronDown, IconFileImport, IconFileSpreadsheet, IconPlus } from '@tabler/icons-react'
import { toHash } from '../../navigation/routes'
import { exportInventoryCsv, exportNoticeCalendar } from './toolExports'
import { openToolEditor } from './ToolForm'

/** The page's one primary action, and the exports beside it. */
export function ToolsActions({ canExport }: { canExport: boolean }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Button variant="default" component="a" href={toHash('tools', 'import')} leftSection={<IconFileImport size={16} aria-hidden />}>
        Import CSV
      </Button>
      {canExport && (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button variant="default" rightSection={<IconChevronDown size={14} aria-hidden />}>
              Export
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconCalendarDown size={16} aria-hidden />} onClick={() => void exportNoticeCalendar()}>
              Export calendar (.ics)
            </Menu.Item>
            <Menu.Item leftSection={<IconFileSpreadsheet size={16} aria-hidden />} onClick={() => void exportInventoryCsv()}>
              Export CSV
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      )}
      <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => openToolEditor()}>
        New tool
      </Button>
    </Group>
  )
}
