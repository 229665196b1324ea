import { Alert, Anchor, Box, Text, UnstyledButton } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { SpendProblem } from '@shared/domain/tools/spend'
import { formatCount } from '@shared/format/money'
import { toHash } from '../../navigation/routes'
import { navigate } from '../../navigation/useRoute'

/** Tools left out of the totals, each with what to do about it. */
export function SpendProblems({ problems }: { problems: SpendProblem[] }) {
  if (problems.length === 0) return null
  const missingRate = problems.some(({ problem }) => problem.kind === 'missing-rate' || problem.kind === 'invalid-rate')
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={18} aria-hidden />}
      title={`${formatCount(problems.length)} ${problems.length === 1 ? 'tool is' : 'tools are'} left out of these totals`}
    >
      <Box component="ul" aria-label="Tools left out of the totals" m={0} pl="md">
        {problems.map(({ tool, problem }) => (
          <li key={tool.id}>
            <Text size="sm">
              <UnstyledButton onClick={() => navigate('tools', tool.id)} fw={600} fz="sm">
                {tool.name}
              </UnstyledButton>
              : {problem.message}
            </Text>
          </li>
        ))}
      </Box>
      {missingRate && (
        <Text size="sm" mt="xs">
          <Anchor href={toHash('settings')}>Enter exchange rates in Settings</Anchor> to count tools billed in another currency.
        </Text>
      )}
    </Alert>
  )
}
