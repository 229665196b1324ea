import { Button, Group, Modal, NumberInput, Select, Stack, Text, TextInput, Textarea } from '@mantine/core'
import { useState } from 'react'
import { annualisedCost } from '@shared/domain/tools/cost'
import { isIsoDate } from '@shared/domain/tools/isoDate'
import { renewalOutlook } from '@shared/domain/tools/renewal'
import { decisionChanges, decisionLabels } from '@shared/domain/tools/renewalDecision'
import { renewalDecisionKinds, type RenewalDecisionKind, type Tool } from '@shared/domain/tools/tool'
import { formatDay } from '@shared/format/day'
import { formatMoney } from '@shared/format/money'
import { toolsRepository } from '../../db/tools'
import { notifyError, notifyWithUndo } from '../../ui/notify'

const numberOrUndefined = (value: string | number) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined)

/** The term a decision is about: the one whose notice deadline or end is current. */
function decidedTerm(tool: Tool, today: string): string | undefined {
  const outlook = renewalOutlook(tool, today)
  if (outlook.kind === 'notice') return outlook.deadline.contractEnd
  if (outlook.kind === 'end-of-term') return outlook.contractEnd
  return tool.contractEnd
}

function DecisionForm({ tool, today, onDone }: { tool: Tool; today: string; onDone: () => void }) {
  const [kind, setKind] = useState<RenewalDecisionKind>('renegotiate')
  const [decidedBy, setDecidedBy] = useState('')
  const [decidedOn, setDecidedOn] = useState(today)
  const [amount, setAmount] = useState<number | undefined>(tool.amount)
  const [seats, setSeats] = useState<number | undefined>(tool.seatsPurchased)
  const [contractEnd, setContractEnd] = useState(tool.contractEnd ?? '')
  const [note, setNote] = useState('')
  const [tried, setTried] = useState(false)
  const term = decidedTerm(tool, today)
  const byError = tried && !decidedBy.trim() ? 'Say who decided' : undefined
  const onError = tried && !isIsoDate(decidedOn) ? 'A date (YYYY-MM-DD)' : undefined
  const endError = tried && contractEnd !== '' && !isIsoDate(contractEnd) ? 'A date (YYYY-MM-DD)' : undefined
  const before = annualisedCost(tool)

  async function save() {
    setTried(true)
    if (!decidedBy.trim() || !isIsoDate(decidedOn) || (contractEnd !== '' && !isIsoDate(contractEnd)) || !term) return
    const changes = decisionChanges(tool, {
      kind,
      decidedBy,
      decidedOn,
      forContractEnd: term,
      note,
      terms: kind === 'cancel' ? {} : { amount, seatsPurchased: seats, contractEnd: contractEnd && contractEnd !== tool.contractEnd ? contractEnd : undefined }
    })
    const previous: Partial<Tool> = Object.fromEntries(Object.keys(changes).map((key) => [key, tool[key as keyof Tool]]))
    try {
      await toolsRepository.update(tool.id, changes)
      notifyWithUndo(`Decision recorded for ${tool.name}: ${decisionLabels[kind].toLowerCase()}`, () => toolsRepository.update(tool.id, previous))
      onDone()
    } catch (error) {
      notifyError('Could not record the decision', error)
    }
  }

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {term ? `About the term ending ${formatDay(term)}. ` : ''}Recording a decision closes this term&apos;s deadline alerts
        {before !== undefined ? `; the saving against ${formatMoney(before, tool.currency)} a year shows in Spend.` : '.'}
      </Text>
      <Select label="Decision" data={renewalDecisionKinds.map((value) => ({ value, label: decisionLabels[value] }))} value={kind} allowDeselect={false} onChange={(value) => value && setKind(value as RenewalDecisionKind)} />
      <Group grow>
        <TextInput label="Decided by" required value={decidedBy} error={byError} onChange={(event) => setDecidedBy(event.currentTarget.value)} data-autofocus />
        <TextInput label="Decided on" type="date" value={decidedOn} error={onError} onChange={(event) => setDecidedOn(event.currentTarget.value)} />
      </Group>
      {kind !== 'cancel' && (
        <Group grow>
          <NumberInput label={`New price (${tool.currency}${tool.pricing === 'per-seat' ? ' per seat' : ''} per billing period)`} min={0} decimalScale={2} value={amount ?? ''} onChange={(value) => setAmount(numberOrUndefined(value))} />
          <NumberInput label="New seats purchased" min={0} allowDecimal={false} value={seats ?? ''} onChange={(value) => setSeats(numberOrUndefined(value))} />
          <TextInput label="New contract end" type="date" value={contractEnd} error={endError} onChange={(event) => setContractEnd(event.currentTarget.value)} />
        </Group>
      )}
      <Textarea label="Note" autosize minRows={2} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button onClick={() => void save()}>Record decision</Button>
      </Group>
    </Stack>
  )
}

/** Opens the dialog that records a renewal decision (renew, renegotiate, downgrade, cancel) with who, when and the new terms. */
export function RecordDecisionButton({ tool, today, size = 'compact-xs' }: { tool: Tool; today: string; size?: 'compact-xs' | 'sm' }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button size={size} variant={size === 'sm' ? 'default' : 'light'} color={size === 'sm' ? undefined : 'red'} onClick={() => setOpen(true)} aria-label={`Record a decision for ${tool.name}`} style={{ flexShrink: 0 }}>
        Record decision
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={`Renewal decision: ${tool.name}`} size="lg">
        {open && <DecisionForm tool={tool} today={today} onDone={() => setOpen(false)} />}
      </Modal>
    </>
  )
}
