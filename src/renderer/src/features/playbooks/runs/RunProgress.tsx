import { Group, Progress, Text } from '@mantine/core'
import type { Run } from '@shared/domain/playbooks/playbook'
import { progress } from '@shared/domain/playbooks/runProgress'

/** "3 of 10 steps done" with a bar; the bar carries the same words for screen readers. */
export function RunProgress({ run, size = 'sm' }: { run: Pick<Run, 'steps' | 'status' | 'title'>; size?: 'sm' | 'lg' }) {
  const { done, total, ratio } = progress(run)
  const label = `${done} of ${total} steps done`
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress.Root size={size === 'lg' ? 'lg' : 'sm'} style={{ flex: 1, minWidth: size === 'lg' ? 200 : 80 }}>
        <Progress.Section
          value={Math.round(ratio * 100)}
          color={ratio === 1 ? 'teal' : 'indigo'}
          withAria={false}
          role="progressbar"
          aria-label={`Progress of ${run.title}`}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
          aria-valuetext={label}
        />
      </Progress.Root>
      <Text size={size === 'lg' ? 'sm' : 'xs'} c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {size === 'lg' ? label : `${done}/${total}`}
      </Text>
    </Group>
  )
}
