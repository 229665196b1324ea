import { Autocomplete, Button, Fieldset, Group, MultiSelect, NumberInput, Select, SimpleGrid, Switch, TagsInput, Textarea, TextInput } from '@mantine/core'
import { IconCalendarCheck } from '@tabler/icons-react'
import { billingCycles, dataClassifications, toolStatuses, type ToolStatus } from '@shared/domain/tools/tool'
import { PersonSelect } from '../people'
import { statusLabel } from './StatusBadge'
import { todayIso } from './today'
import type { ToolDraft, ToolFieldErrors } from './toolDraft'

export interface SectionProps {
  /** Focus the first field when the form opens (a new tool). */
  autoFocus?: boolean
  draft: ToolDraft
  errors: ToolFieldErrors
  update: (changes: Partial<ToolDraft>) => void
}

const numberOrUndefined = (value: string | number) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined)

const cycleLabels: Record<(typeof billingCycles)[number], string> = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  annual: 'Annually',
  'multi-year': 'Multi-year term',
  free: 'Free'
}

const classificationLabels: Record<(typeof dataClassifications)[number], string> = {
  public: 'Public',
  internal: 'Internal',
  confidential: 'Confidential',
  restricted: 'Restricted'
}

const reasonHint: Record<ToolStatus, string> = {
  evaluating: 'What would make it a yes?',
  trial: 'Trial ends on… / success criteria',
  active: 'Optional',
  deprecated: 'Replaced by…',
  cancelled: 'Why it was cancelled'
}

export function BasicsSection({ draft, errors, update, categories, autoFocus }: SectionProps & { categories: string[] }) {
  return (
    <Fieldset legend="Basics">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Name" required placeholder="Amplitude" value={draft.name} error={errors.name} onChange={(e) => update({ name: e.currentTarget.value })} data-autofocus={autoFocus || undefined} />
        <TextInput label="Vendor" placeholder="Amplitude Inc." value={draft.vendor} error={errors.vendor} onChange={(e) => update({ vendor: e.currentTarget.value })} />
        <Autocomplete
          label="Category"
          description="Pick one or type your own"
          data={categories}
          value={draft.category}
          error={errors.category}
          onChange={(category) => update({ category })}
        />
        <TextInput label="Website" description="Where the team signs in" type="url" placeholder="https://" value={draft.website} error={errors.website} onChange={(e) => update({ website: e.currentTarget.value })} />
      </SimpleGrid>
      <Textarea mt="sm" label="Description" placeholder="What the team uses it for" autosize minRows={2} value={draft.description} onChange={(e) => update({ description: e.currentTarget.value })} />
    </Fieldset>
  )
}

export function OwnershipSection({ draft, errors, update, teams }: SectionProps & { teams: string[] }) {
  return (
    <Fieldset legend="Ownership and status">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <PersonSelect label="Owner" description="Administers the tool and its seats" value={draft.ownerId} onChange={(ownerId) => update({ ownerId })} />
        <PersonSelect label="Business owner" description="Answers for its budget" value={draft.businessOwnerId} onChange={(businessOwnerId) => update({ businessOwnerId })} />
        <TagsInput
          label="Teams"
          description="Press Enter after each team"
          placeholder="Growth"
          data={teams}
          value={draft.teams}
          error={errors.teams}
          onChange={(value) => update({ teams: value })}
          clearable
        />
        <Select
          label="Status"
          description="Where it is in its life"
          data={toolStatuses.map((value) => ({ value, label: statusLabel[value] }))}
          value={draft.status}
          allowDeselect={false}
          error={errors.status}
          onChange={(value) => update({ status: (value as ToolStatus | null) ?? 'active' })}
        />
      </SimpleGrid>
      <TextInput mt="sm" label="Status reason" placeholder={reasonHint[draft.status]} value={draft.statusReason} onChange={(e) => update({ statusReason: e.currentTarget.value })} />
    </Fieldset>
  )
}

export function SeatsSection({ draft, errors, update }: SectionProps) {
  return (
    <Fieldset legend="Seats">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput label="Seats purchased" min={0} allowDecimal={false} thousandSeparator value={draft.seatsPurchased ?? ''} error={errors.seatsPurchased} onChange={(value) => update({ seatsPurchased: numberOrUndefined(value) })} />
        <NumberInput label="Seats used" min={0} allowDecimal={false} thousandSeparator value={draft.seatsUsed ?? ''} error={errors.seatsUsed} onChange={(value) => update({ seatsUsed: numberOrUndefined(value) })} />
        <TextInput label="Seats last verified" type="date" value={draft.seatsVerifiedAt} error={errors.seatsVerifiedAt} onChange={(e) => update({ seatsVerifiedAt: e.currentTarget.value })} />
      </SimpleGrid>
      <Group justify="flex-end" mt="xs">
        <Button variant="light" size="compact-sm" leftSection={<IconCalendarCheck size={14} aria-hidden />} onClick={() => update({ seatsVerifiedAt: todayIso() })}>
          Verified today
        </Button>
      </Group>
    </Fieldset>
  )
}

export function ContractSection({ draft, errors, update }: SectionProps) {
  return (
    <Fieldset legend="Pricing and contract">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Pricing"
          description="A flat fee, or a price per seat"
          data={[
            { value: 'flat', label: 'Flat fee' },
            { value: 'per-seat', label: 'Per seat' }
          ]}
          value={draft.pricing}
          allowDeselect={false}
          onChange={(value) => update({ pricing: value === 'per-seat' ? 'per-seat' : 'flat' })}
        />
        <NumberInput
          label={draft.pricing === 'per-seat' ? 'Price per seat' : 'Price'}
          description="Per billing cycle"
          min={0}
          decimalScale={2}
          thousandSeparator
          value={draft.amount}
          error={errors.amount}
          onChange={(value) => update({ amount: numberOrUndefined(value) ?? 0 })}
        />
        <TextInput
          label="Currency"
          description="ISO code, e.g. EUR"
          maxLength={3}
          value={draft.currency}
          error={errors.currency}
          onChange={(e) => update({ currency: e.currentTarget.value.toUpperCase() })}
        />
        <Select
          label="Billed"
          description="How often the vendor invoices"
          data={billingCycles.map((value) => ({ value, label: cycleLabels[value] }))}
          value={draft.billingCycle}
          allowDeselect={false}
          onChange={(value) => update({ billingCycle: (value as ToolDraft['billingCycle'] | null) ?? 'annual' })}
        />
        <TextInput label="Contract start" type="date" description="First day of the current term" value={draft.contractStart} error={errors.contractStart} onChange={(e) => update({ contractStart: e.currentTarget.value })} />
        <TextInput label="Contract end" type="date" description="Last day of the current term" value={draft.contractEnd} error={errors.contractEnd} onChange={(e) => update({ contractEnd: e.currentTarget.value })} />
        <NumberInput label="Notice period (days)" description="Cancel at least this long before the end" min={0} allowDecimal={false} value={draft.noticeDays ?? ''} error={errors.noticeDays} onChange={(value) => update({ noticeDays: numberOrUndefined(value) })} />
        {draft.billingCycle === 'multi-year' && (
          <NumberInput label="Term length (months)" description="How long one multi-year term lasts" min={1} allowDecimal={false} placeholder="36" value={draft.cycleMonths ?? ''} error={errors.cycleMonths} onChange={(value) => update({ cycleMonths: numberOrUndefined(value) })} />
        )}
      </SimpleGrid>
      <Switch mt="md" label="Renews automatically unless cancelled" checked={draft.autoRenew} onChange={(e) => update({ autoRenew: e.currentTarget.checked })} />
    </Fieldset>
  )
}

export function SecuritySection({ draft, update, otherTools }: SectionProps & { otherTools: { value: string; label: string }[] }) {
  return (
    <Fieldset legend="Security and integrations">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Data classification"
          description="The most sensitive data it holds"
          data={dataClassifications.map((value) => ({ value, label: classificationLabels[value] }))}
          value={draft.dataClassification}
          allowDeselect={false}
          onChange={(value) => update({ dataClassification: (value as ToolDraft['dataClassification'] | null) ?? 'internal' })}
        />
        <MultiSelect
          label="Integrations"
          description="Other tools in the inventory it connects to"
          placeholder={otherTools.length === 0 ? 'No other tools yet' : 'Choose tools'}
          data={otherTools}
          value={draft.integrationIds.filter((id) => otherTools.some((tool) => tool.value === id))}
          onChange={(integrationIds) => update({ integrationIds })}
          searchable
          clearable
        />
      </SimpleGrid>
      <Switch mt="md" label="Sign-in through single sign-on (SSO)" checked={draft.sso} onChange={(e) => update({ sso: e.currentTarget.checked })} />
    </Fieldset>
  )
}
