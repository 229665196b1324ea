import { Alert, Button, Card, Group, List, Progress, Stack, Text, Title } from '@mantine/core'
import { useRef } from 'react'
import { IconAlertTriangle, IconFileImport, IconHistory } from '@tabler/icons-react'
import { useShallow } from 'zustand/react/shallow'
import { headerTimeZone, type ImportSummary, type Mapping } from '@shared/csv'
import { formatCount } from '@shared/format/money'
import { exactTime } from '@shared/format/relativeTime'
import { toHash } from '../../../navigation/routes'
import { PageHeader } from '../../../ui/PageHeader'
import { formatBytes, timeLeft } from './describeImport'
import { DropZone } from '../../../ui/DropZone'
import { chooseCsvFile } from '../../../bridge/fileSource'
import { beginImport, cancelImport, laptopTimeZone, runImport, runPreview } from './importActions'
import { ImportCounts } from '../../../ui/ImportCounts'
import { FileTimeZone } from './FileTimeZone'
import { ImportFacts } from './ImportFacts'
import { useImportStore } from './importStore'
import { MappingEditor } from './MappingEditor'
import { PreviewRows } from './PreviewRows'
import { RowErrors } from '../../../ui/RowErrors'

function withDayMonthOrder(mapping: Mapping, order: 'day-first' | 'month-first'): Mapping {
  const next = structuredClone(mapping)
  if (next.receivedAt) next.receivedAt.dayMonthOrder = order
  return next
}

/** The file's zone when it is not the laptop's: the preview then shows its clock too. */
function otherFileZone(mapping: Mapping | undefined): string | undefined {
  if (!mapping?.receivedAt) return undefined
  const zone = headerTimeZone(mapping) ?? mapping.receivedAt.timeZone
  return zone && zone !== laptopTimeZone() ? zone : undefined
}

async function chooseAndPreview() {
  const file = await chooseCsvFile()
  if (file) beginImport(file)
}

function ChooseStep({ error }: { error?: string }) {
  return (
    <Stack>
      {error && (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title="This file cannot be imported">
          {error}
        </Alert>
      )}
      <DropZone onFile={beginImport}>
        <Stack align="center" gap="xs">
          <IconFileImport size={36} aria-hidden />
          <Title order={2} size="h4">
            Drop a CSV export here
          </Title>
          <Text size="sm" c="dimmed" ta="center" maw={520}>
            Zendesk, Intercom, Google Play, SurveyMonkey, Typeform, Jira, Salesforce, HubSpot, UserVoice, Canny, Productboard, Delighted or any other CSV. You
            will see a preview before anything is saved.
          </Text>
          <Button onClick={() => void chooseAndPreview()}>Choose a CSV file…</Button>
        </Stack>
      </DropZone>
    </Stack>
  )
}

function ProgressStep({ label }: { label: string }) {
  const { file, progress, elapsedMs, step } = useImportStore(useShallow((state) => ({ file: state.file, progress: state.progress, elapsedMs: state.elapsedMs, step: state.step })))
  if (!file) return null
  const done = progress?.bytesRead ?? 0
  const elapsed = elapsedMs ?? 0
  const rate = elapsed > 0 ? Math.round(((progress?.rowsSeen ?? 0) / elapsed) * 1000) : 0
  const percent = file.size > 0 ? Math.min(100, (done / file.size) * 100) : 0
  return (
    <Card withBorder>
      <Stack>
        <Text fw={600}>
          {label} {file.name}
        </Text>
        <Progress value={percent} size="lg" aria-label={`${label} ${file.name}`} animated striped />
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {formatCount(progress?.rowsSeen ?? 0)} rows · {formatBytes(done)} of {formatBytes(file.size)} · {formatCount(rate)} rows/s · {timeLeft(done, file.size, elapsed)}
          </Text>
          {step === 'importing' && (
            <Button variant="default" color="red" onClick={cancelImport}>
              Cancel import
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  )
}

function PreviewStep() {
  const { file, preview, mapping, error } = useImportStore(useShallow((state) => ({ file: state.file, preview: state.preview, mapping: state.mapping, error: state.error })))
  const mappingCard = useRef<HTMLDivElement>(null)
  if (!file || !preview) return null
  const { summary, counts } = preview
  const fatal = summary.fatal
  // The summary's mapping is the one the preview used, with what the pipeline completed (a rating scale's value map).
  const effectiveMapping = summary.mapping ?? mapping
  const changeMapping = () => {
    mappingCard.current?.scrollIntoView({ behavior: 'smooth', block: 'start' })
    mappingCard.current?.querySelector<HTMLInputElement>('input')?.focus({ preventScroll: true })
  }
  return (
    <Stack>
      {error && (
        <Alert color="yellow" title="Import stopped">
          {error}
        </Alert>
      )}
      {fatal && (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={`${file.name} cannot be imported`}>
          {fatal.message}
        </Alert>
      )}
      {summary.encodingWarning && <Alert color="yellow">{summary.encodingWarning}</Alert>}
      {summary.needsDayMonthOrder && effectiveMapping?.receivedAt && (
        <Alert color="yellow" title="Which comes first in these dates, the day or the month?">
          <Text size="sm" mb="xs">
            Every date in “{effectiveMapping.receivedAt.columns.join(', ')}” reads both ways (like 03/04/2026). Choose the order and the preview redraws.
          </Text>
          <Group>
            <Button size="xs" variant="default" onClick={() => void runPreview({ mapping: withDayMonthOrder(effectiveMapping, 'day-first') })}>
              Day first (31/12/2026)
            </Button>
            <Button size="xs" variant="default" onClick={() => void runPreview({ mapping: withDayMonthOrder(effectiveMapping, 'month-first') })}>
              Month first (12/31/2026)
            </Button>
          </Group>
        </Alert>
      )}
      {summary.mappingFrom === 'last-import' && summary.lastImport && (
        <Alert color="blue" title={`Using the mapping from your last import of this layout, ${exactTime(summary.lastImport.importedAt)}`}>
          <Text size="sm" mb="xs">
            {summary.lastImport.fileName ? `The columns match ${summary.lastImport.fileName}, ` : 'The columns match, '}
            so they are mapped as they were then, with the same source and time zone. Rows already imported are updated, and their triage is kept.
          </Text>
          <Group>
            <Button size="xs" variant="default" onClick={changeMapping}>
              Change the mapping
            </Button>
            <Button size="xs" variant="subtle" onClick={() => void runPreview({ mapping: undefined, mapFresh: true })}>
              Detect the mapping afresh
            </Button>
          </Group>
        </Alert>
      )}
      <Card withBorder>
        <ImportFacts summary={summary} onEncoding={(encoding) => void runPreview({ encoding })} />
        {!fatal && effectiveMapping?.receivedAt && (
          <Group mt="md">
            <FileTimeZone mapping={effectiveMapping} onChange={(changed) => void runPreview({ mapping: changed })} />
          </Group>
        )}
        {summary.footersDropped.length > 0 && (
          <Text size="sm" c="dimmed" mt="sm">
            Report lines left out at the end of the file: {summary.footersDropped.map((footer) => `“${footer}”`).join(', ')}
          </Text>
        )}
      </Card>
      {!fatal && <ValueWarnings warnings={summary.warnings} />}
      {!fatal && <ImportCounts created={counts.created} updated={counts.updated} unchanged={counts.unchanged} rejected={summary.rowsRejected} verb="will be" />}
      <Group justify="flex-end">
        <Button variant="default" onClick={() => useImportStore.getState().reset()}>
          Choose another file
        </Button>
        <Button onClick={() => void runImport()} disabled={!!fatal || summary.itemsEmitted === 0 || !!summary.needsDayMonthOrder}>
          {summary.rowsRejected > 0 ? `Import ${formatCount(summary.itemsEmitted)} items, skip ${formatCount(summary.rowsRejected)} rows` : `Import ${formatCount(summary.itemsEmitted)} items`}
        </Button>
      </Group>
      <RowErrors fileName={file.name} errors={preview.allErrors} total={summary.errorCount} />
      {summary.preview.length > 0 && (
        <Card withBorder>
          <Title order={2} size="h5" mb="xs">
            First {summary.preview.length} items as they will be stored
          </Title>
          <PreviewRows rows={summary.preview} fileZone={otherFileZone(effectiveMapping)} />
        </Card>
      )}
      {effectiveMapping && summary.headers.length > 0 && (
        <Card withBorder ref={mappingCard}>
          <Title order={2} size="h5" mb="xs">
            Mapping
          </Title>
          <MappingEditor headers={summary.headers} mapping={effectiveMapping} columnValues={summary.columnValues} onChange={(changed) => void runPreview({ mapping: changed })} />
        </Card>
      )}
    </Stack>
  )
}

/** Values an optional field could not read: the rows are imported, the field left empty. One line per column. */
function ValueWarnings({ warnings }: { warnings: ImportSummary['warnings'] }) {
  if (warnings.length === 0) return null
  return (
    <Alert color="yellow" icon={<IconAlertTriangle aria-hidden />} title={`Some values could not be read in ${warnings.length === 1 ? '1 column' : `${formatCount(warnings.length)} columns`}`}>
      <List size="sm" spacing={4} aria-label="Values that could not be read">
        {warnings.map((warning) => (
          <List.Item key={warning.column}>{warning.message}</List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt="xs">
        Change the column or give words a number in the mapping below; the preview redraws.
      </Text>
    </Alert>
  )
}

function DoneStep() {
  const { file, result } = useImportStore(useShallow((state) => ({ file: state.file, result: state.result })))
  if (!file || !result) return null
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h4">
          Imported {file.name}
        </Title>
        <ImportCounts created={result.counts.created} updated={result.counts.updated} unchanged={result.counts.unchanged} rejected={result.summary.rowsRejected} verb="were" />
        <Group>
          <Button component="a" href={toHash('feedback')} onClick={() => useImportStore.getState().reset()}>
            View feedback
          </Button>
          <Button variant="default" component="a" href={toHash('feedback', 'imports')}>
            Import history and undo
          </Button>
          <Button variant="subtle" onClick={() => useImportStore.getState().reset()}>
            Import another file
          </Button>
        </Group>
      </Stack>
    </Card>
  )
}

export function ImportPage() {
  const step = useImportStore((state) => state.step)
  const error = useImportStore((state) => state.error)
  return (
    <>
      <PageHeader
        title="Import feedback"
        description="Bring in a CSV export from any tool. Opsdeck recognises the format, maps the columns and shows what will change before it writes anything."
        action={
          step !== 'done' && (
            <Button component="a" href={toHash('feedback', 'imports')} variant="default" leftSection={<IconHistory size={16} aria-hidden />}>
              Import history
            </Button>
          )
        }
      />
      {step === 'choose' && <ChooseStep error={error} />}
      {step === 'previewing' && <ProgressStep label="Reading" />}
      {step === 'preview' && <PreviewStep />}
      {step === 'importing' && <ProgressStep label="Importing" />}
      {step === 'done' && <DoneStep />}
    </>
  )
}
