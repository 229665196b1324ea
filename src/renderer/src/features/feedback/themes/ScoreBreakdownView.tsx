import { Alert, Code, List, Stack, Table, Text, Title } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { formatScoreNumber, type ScoreBreakdown, type ScoreMethod } from '@shared/domain/feedback/scoring'

export const methodLabel: Record<ScoreMethod, string> = { rice: 'RICE', revenue: 'Revenue-weighted', combined: 'Combined' }

/** A score with everything that made it: the formula, the numbers put in, each term and every assumption. */
export function ScoreBreakdownView({ breakdown, title }: { breakdown: ScoreBreakdown; title?: string }) {
  const heading = title ?? `${methodLabel[breakdown.method]} score`
  return (
    <Stack gap="sm" role="region" aria-label={`${heading} breakdown`}>
      <Title order={3} size="h5">
        {heading}: {formatScoreNumber(breakdown.score)}
      </Title>
      <div>
        <Text size="xs" c="dimmed">
          Formula
        </Text>
        <Code block>{breakdown.formula}</Code>
      </div>
      <div>
        <Text size="xs" c="dimmed">
          With these numbers
        </Text>
        <Code block>{breakdown.calculation}</Code>
      </div>
      {breakdown.terms.length > 0 && (
        <Table withTableBorder fz="sm" aria-label={`${heading} terms`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Term</Table.Th>
              <Table.Th ta="right">Value</Table.Th>
              <Table.Th>How</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {breakdown.terms.map((term) => (
              <Table.Tr key={term.key}>
                <Table.Td>{term.label}</Table.Td>
                <Table.Td ta="right">{formatScoreNumber(term.value)}</Table.Td>
                <Table.Td>{term.explanation}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Table fz="sm" aria-label={`${heading} inputs`}>
        <Table.Tbody>
          {breakdown.inputs.map((input) => (
            <Table.Tr key={input.key}>
              <Table.Td c="dimmed">{input.label}</Table.Td>
              <Table.Td ta="right">{input.value === null ? 'not set' : typeof input.value === 'number' ? formatScoreNumber(input.value) : input.value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {breakdown.warnings.length > 0 && (
        <Alert variant="light" color="yellow" icon={<IconAlertTriangle size={16} aria-hidden />} title="Assumptions">
          <List size="sm">
            {breakdown.warnings.map((warning) => (
              <List.Item key={warning.message}>{warning.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  )
}
