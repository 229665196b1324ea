import { Accordion, NumberInput, ScrollArea, Table, Text } from '@mantine/core'
import type { StepTemplate } from '@shared/domain/playbooks/steps'

export type DueOffsets = Record<string, number | undefined>

/**
 * Days after the start by which each step is due. Offsets written in the playbook ("Days 1–30", "(by day 14)")
 * are filled in; the run keeps what is set here.
 */
export function StepDeadlines({ steps, offsets, onChange }: { steps: StepTemplate[]; offsets: DueOffsets; onChange: (offsets: DueOffsets) => void }) {
  const offsetOf = (step: StepTemplate) => (step.id in offsets ? offsets[step.id] : step.dueOffsetDays)
  const set = steps.filter((step) => offsetOf(step) !== undefined).length
  if (steps.length === 0) return null
  return (
    <Accordion variant="contained" chevronPosition="left">
      <Accordion.Item value="deadlines">
        <Accordion.Control>
          <Text size="sm">Step deadlines ({set === 0 ? 'none set' : `${set} of ${steps.length} set`})</Text>
        </Accordion.Control>
        <Accordion.Panel>
          <ScrollArea.Autosize mah={260} offsetScrollbars>
            <Table aria-label="Step deadlines" verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Step</Table.Th>
                  <Table.Th w={150} style={{ whiteSpace: 'nowrap' }}>Days after start</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {steps.map((step) => (
                  <Table.Tr key={step.id}>
                    <Table.Td>
                      <Text size="xs" lineClamp={2}>
                        {step.text}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        size="xs"
                        aria-label={`Days after start for “${step.text}”`}
                        min={0}
                        max={3650}
                        allowDecimal={false}
                        placeholder="No deadline"
                        value={offsetOf(step) ?? ''}
                        onChange={(value) => onChange({ ...offsets, [step.id]: typeof value === 'number' ? value : undefined })}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  )
}
