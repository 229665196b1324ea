import { Button, Group, NumberInput, Paper, SegmentedControl, Text } from '@mantine/core'
import { useShallow } from 'zustand/react/shallow'
import { importanceLevels } from '@shared/domain/feedback/feedback'
import type { ScoreMethod } from '@shared/domain/feedback/scoring'
import { importanceLabel } from './themeLabels'
import { methodLabel } from './ScoreBreakdownView'
import { themesUiActions, useThemesUi } from './themesUiStore'

const methods: ScoreMethod[] = ['rice', 'revenue', 'combined']

const asNumber = (value: string | number, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback)

/** The ranking method and its weights; every change re-ranks at once. */
export function ScoringControls() {
  const { method, reachDays, weights } = useThemesUi(useShallow((state) => ({ method: state.method, reachDays: state.reachDays, weights: state.weights })))
  return (
    <Paper withBorder p="sm" radius="md">
      <Group align="flex-end" gap="md" wrap="wrap">
        <div>
          <Text size="sm" fw={500} mb={4} id="rank-by-label">
            Rank by
          </Text>
          <SegmentedControl
            aria-labelledby="rank-by-label"
            value={method}
            onChange={(value) => themesUiActions.setMethod(value as ScoreMethod)}
            data={methods.map((value) => ({ value, label: methodLabel[value] }))}
          />
        </div>
        <NumberInput label="Reach period (days)" w={170} min={1} max={3650} value={reachDays} onChange={(value) => themesUiActions.setReachDays(asNumber(value, reachDays))} />
        {importanceLevels.map((level) => (
          <NumberInput
            key={level}
            label={`${importanceLabel[level]} weight`}
            w={170}
            min={0}
            step={0.5}
            decimalScale={2}
            value={weights.importance[level]}
            onChange={(value) => themesUiActions.setImportanceWeight(level, asNumber(value, weights.importance[level]))}
          />
        ))}
        {method === 'combined' && (
          <>
            <NumberInput label="RICE weight" w={120} min={0} step={0.1} decimalScale={2} value={weights.rice} onChange={(value) => themesUiActions.setMixWeight('rice', asNumber(value, weights.rice))} />
            <NumberInput label="Revenue weight" w={130} min={0} step={0.1} decimalScale={2} value={weights.revenue} onChange={(value) => themesUiActions.setMixWeight('revenue', asNumber(value, weights.revenue))} />
          </>
        )}
        <Button variant="subtle" onClick={themesUiActions.resetWeights}>
          Reset weights
        </Button>
      </Group>
    </Paper>
  )
}
