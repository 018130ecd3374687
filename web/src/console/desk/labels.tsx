import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import type { Priority, SlaTimer, Stage } from './api';
import './messages';

const STAGE_COLORS: Record<Stage, string> = {
  received: 'blue',
  initial_analysis: 'cyan',
  investigation: 'violet',
  escalated: 'orange',
  resolved: 'green',
  closed: 'gray',
};

const PRIORITY_COLORS: Record<Priority, string> = { low: 'gray', normal: 'blue', high: 'orange', urgent: 'red' };

export function StageBadge(props: { stage: Stage | null }) {
  const { t } = useTranslation('desk');
  if (!props.stage) return null;
  return (
    <Badge color={STAGE_COLORS[props.stage]} variant="light" data-stage={props.stage}>
      {t(`stage.${props.stage}`)}
    </Badge>
  );
}

export function PriorityBadge(props: { priority: Priority }) {
  const { t } = useTranslation('desk');
  return (
    <Badge color={PRIORITY_COLORS[props.priority]} variant="outline" data-priority={props.priority}>
      {t(`priority.${props.priority}`)}
    </Badge>
  );
}

const SLA_COLORS = { met: 'green', breached: 'red', running: 'blue', paused: 'gray' } as const;

/** A timer's due time, red with the word "Estourado" when breached (the colour is never the only sign). */
export function SlaDue(props: { timer: SlaTimer | null | undefined; testId?: string }) {
  const { t } = useTranslation('desk');
  const { timer } = props;
  if (!timer) return <Text size="sm">—</Text>;
  const breached = timer.state === 'breached';
  return (
    <Text size="sm" c={breached ? 'red' : undefined} fw={breached ? 700 : undefined} data-testid={props.testId} data-sla-state={timer.state}>
      {formatDateTime(timer.dueAt)}{' '}
      <Badge size="xs" color={SLA_COLORS[timer.state]} variant={breached ? 'filled' : 'light'}>
        {t(`slaState.${timer.state}`)}
      </Badge>
    </Text>
  );
}
