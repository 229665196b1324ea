import { Alert, Button, Code, Group, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconDownload, IconRefresh } from '@tabler/icons-react'
import { useState } from 'react'

/**
 * Shown in place of a page that failed: what failed, and two ways forward that work whatever the page
 * did (reload, or export the whole workspace, which reads the database itself).
 */
export function PageErrorScreen({ pageLabel, error, onRetry, onExport }: { pageLabel: string; error: Error; onRetry: () => void; onExport: () => Promise<string | undefined> }) {
  const [exporting, setExporting] = useState(false)
  const [result, setResult] = useState<{ ok: boolean; text: string }>()
  const exportNow = async () => {
    setExporting(true)
    try {
      const saved = await onExport()
      setResult(saved ? { ok: true, text: `Workspace exported to ${saved}.` } : undefined)
    } catch (exportError) {
      setResult({ ok: false, text: `Could not export: ${exportError instanceof Error ? exportError.message : String(exportError)}` })
    } finally {
      setExporting(false)
    }
  }
  return (
    <Stack maw={640} gap="md" role="alert" aria-labelledby="page-error-title">
      <Group gap="sm" wrap="nowrap">
        <IconAlertTriangle size={28} color="var(--mantine-color-red-text)" aria-hidden />
        <Title order={1} size="h2" id="page-error-title">
          {pageLabel} could not be shown
        </Title>
      </Group>
      <Text>
        Something on this page failed while it was drawn. Your data was not changed: the other pages still work, and you can export the whole workspace from here.
      </Text>
      <Code block>{error.message}</Code>
      <Group>
        <Button leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => window.location.reload()}>
          Reload
        </Button>
        <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} loading={exporting} onClick={() => void exportNow()}>
          Export workspace
        </Button>
        <Button variant="subtle" onClick={onRetry}>
          Try again
        </Button>
      </Group>
      {result && (
        <Alert color={result.ok ? 'teal' : 'red'} variant="light">
          {result.text}
        </Alert>
      )}
    </Stack>
  )
}
