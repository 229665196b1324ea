import { Badge, Group, Select, Stack, Text } from '@mantine/core'
import { textEncodings, type ImportSummary, type TextEncoding } from '@shared/csv'
import { formatCount } from '@shared/format/money'
import { delimiterLabel, encodingLabel } from './describeImport'

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  )
}

/** What was detected about the file; the encoding can be overridden and the preview redraws from the original bytes. */
export function ImportFacts({ summary, onEncoding }: { summary: ImportSummary; onEncoding: (encoding: TextEncoding) => void }) {
  return (
    <Group gap="xl" align="flex-start">
      <Fact label="Recognised as">
        <Badge variant="light" miw="max-content">
          {summary.sourceLabel}
        </Badge>
      </Fact>
      <Fact label="Encoding">
        <Select
          w={180}
          aria-label="Encoding"
          size="xs"
          data={textEncodings.map((value) => ({ value, label: encodingLabel[value] }))}
          value={summary.encoding ?? null}
          allowDeselect={false}
          onChange={(value) => value && onEncoding(value as TextEncoding)}
        />
        <Text size="xs" c="dimmed" maw={180}>
          {summary.encodingReason}
        </Text>
        {summary.nulBytesRemoved > 0 && (
          <Text size="xs" c="dimmed" maw={180}>
            Removed {formatCount(summary.nulBytesRemoved)} stray NUL {summary.nulBytesRemoved === 1 ? 'byte' : 'bytes'}
          </Text>
        )}
      </Fact>
      <Fact label="Delimiter">{delimiterLabel(summary.delimiter)}</Fact>
      <Fact label="Header row">
        {summary.headerRow ? `Row ${summary.headerRow}${summary.headerRowCount === 2 ? ' and the row below' : ''}` : '—'}
      </Fact>
      <Fact label="Mapping from">
        <Group gap={4}>{summary.mappingFrom === 'last-import' ? 'Your last import' : summary.mappingFrom === 'preset' ? `Preset “${summary.presetName}”` : summary.mappingFrom === 'known-export' ? 'Known export' : summary.mappingFrom === 'given' ? 'Your changes' : 'Auto-detected'}</Group>
      </Fact>
    </Group>
  )
}
