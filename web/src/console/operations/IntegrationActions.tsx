import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../app/format';
import { fieldErrorsOf } from '../../app/problems';
import { ProblemAlert } from '../../app/QueryState';
import type { Role } from '../../app/session';
import type { Integration } from '../../shared/integration';
import './messages';

/** States in which the customer is asked for credentials: a new /connect link may be sent (docs/onboarding.md). */
const LINK_STATES: Integration['state'][] = ['awaiting_customer', 'key_expired', 'needs_revision', 'reconnect_required'];

/**
 * What an operator can do with an integration now. Pause, resume, sync and a new link are open to whoever sees the
 * integration; recording the provider's decision is for admins and agents (the server checks the same).
 */
export function IntegrationActions(props: { integration: Integration; role: Role }) {
  const { t } = useTranslation('ops');
  const client = useQueryClient();
  const { integration } = props;
  const path = { params: { path: { integrationId: integration.id } } };
  const [decision, setDecision] = useState<'approve' | 'reject' | null>(null);
  const [linkExpiresAt, setLinkExpiresAt] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: ['integrations'] });

  const pause = useMutation({
    mutationFn: () => unwrap(api.POST('/v1/integrations/{integrationId}/pause', path)),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('detail.paused') });
      void refresh();
    },
  });
  const resume = useMutation({
    mutationFn: () => unwrap(api.POST('/v1/integrations/{integrationId}/resume', path)),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('detail.resumed') });
      void refresh();
    },
  });
  const sync = useMutation({
    mutationFn: () => unwrap(api.POST('/v1/integrations/{integrationId}/sync', path)),
    onSuccess: (answer) => {
      notifications.show({
        color: 'green',
        message: answer.running ? t('detail.syncQueuedBehind', { kind: t(`detail.runKind.${answer.running.kind}`) }) : t('detail.syncQueued'),
      });
      void client.invalidateQueries({ queryKey: ['sync-runs', integration.id] });
    },
  });
  const connectLink = useMutation({
    mutationFn: () => unwrap(api.POST('/v1/integrations/{integrationId}/connect-link', path)),
    onSuccess: (answer) => {
      setLinkExpiresAt(answer.expiresAt);
      void refresh();
    },
  });
  const failed = [pause, resume, sync, connectLink].find((mutation) => mutation.isError);
  const staff = props.role === 'admin' || props.role === 'agent';

  return (
    <Stack gap="xs">
      <Group gap="xs" data-testid="integration-actions">
        {integration.state === 'active' ? (
          <Button variant="default" loading={pause.isPending} onClick={() => pause.mutate()}>
            {t('detail.pause')}
          </Button>
        ) : null}
        {integration.state === 'paused' ? (
          <Button loading={resume.isPending} onClick={() => resume.mutate()}>
            {t('detail.resume')}
          </Button>
        ) : null}
        {integration.state === 'active' ? (
          <Button loading={sync.isPending} onClick={() => sync.mutate()}>
            {t('detail.syncNow')}
          </Button>
        ) : null}
        {integration.state === 'pending_provider_approval' && staff ? (
          <>
            <Button color="green" onClick={() => setDecision('approve')}>
              {t('detail.approve')}
            </Button>
            <Button color="red" variant="light" onClick={() => setDecision('reject')}>
              {t('detail.reject')}
            </Button>
          </>
        ) : null}
        {LINK_STATES.includes(integration.state) ? (
          <Button variant="light" loading={connectLink.isPending} onClick={() => connectLink.mutate()}>
            {t('detail.connectLink')}
          </Button>
        ) : null}
      </Group>
      {failed ? <ProblemAlert error={failed.error} /> : null}
      {linkExpiresAt ? (
        <Alert color="green" data-testid="connect-link-sent">
          <Text size="sm">{t('detail.connectLinkSent', { expiresAt: formatDateTime(linkExpiresAt) })}</Text>
          <Text size="xs" c="dimmed">
            {t('detail.connectLinkHelp')}
          </Text>
        </Alert>
      ) : null}
      <DecisionModal integrationId={integration.id} decision={decision} onClose={() => setDecision(null)} onDone={() => void refresh()} />
    </Stack>
  );
}

/** The provider's answer on a pending approval, as an agent records it: approval with a note, rejection with a reason. */
function DecisionModal(props: { integrationId: string; decision: 'approve' | 'reject' | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('ops');
  const form = useForm({
    initialValues: { note: '', reason: '' },
    validate: { reason: (value) => (props.decision === 'reject' && !value.trim() ? t('detail.rejectReason') : null) },
  });
  const path = { path: { integrationId: props.integrationId } };
  const decide = useMutation({
    mutationFn: (values: { note: string; reason: string }) =>
      props.decision === 'approve'
        ? unwrap(api.POST('/v1/integrations/{integrationId}/approve', { params: path, body: values.note.trim() ? { note: values.note.trim() } : {} }))
        : unwrap(api.POST('/v1/integrations/{integrationId}/reject', { params: path, body: { reason: values.reason.trim() } })),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t(props.decision === 'approve' ? 'detail.approved' : 'detail.rejected') });
      form.reset();
      props.onDone();
      props.onClose();
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  const approving = props.decision === 'approve';
  return (
    <Modal opened={props.decision !== null} onClose={props.onClose} title={t(approving ? 'detail.approveTitle' : 'detail.rejectTitle')}>
      <form onSubmit={form.onSubmit((values) => decide.mutate(values))} data-testid="decision-form">
        <Stack>
          {approving ? (
            <Textarea label={t('detail.note')} autosize minRows={2} {...form.getInputProps('note')} />
          ) : (
            <Textarea label={t('detail.rejectReason')} description={t('detail.rejectReasonHelp')} required autosize minRows={3} {...form.getInputProps('reason')} />
          )}
          {decide.isError ? <ProblemAlert error={decide.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" color={approving ? 'green' : 'red'} loading={decide.isPending}>
              {t(approving ? 'detail.confirmApprove' : 'detail.confirmReject')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
