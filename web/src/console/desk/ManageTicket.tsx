import { Button, Card, Checkbox, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { fieldErrorsOf } from '../../app/problems';
import { ProblemAlert } from '../../app/QueryState';
import { CATEGORIES, localized, NEXT_STAGES, PRIORITIES, type Category, type Priority, type Stage, type SupportChanges, type SupportTicket } from './api';
import './messages';

interface Values {
  category: string;
  priority: string;
  stage: string;
  solution: string;
  finalCategory: string;
  confirmedByRequester: boolean;
  reason: string;
}

/** Category (classification), priority and stage moves of a staged ticket, through PATCH /v1/support/tickets/{id}. */
export function ManageTicket(props: { ticket: SupportTicket }) {
  const { t } = useTranslation('desk');
  const client = useQueryClient();
  const { ticket } = props;
  const isComplaint = ticket.kind === 'complaint';
  // A complaint is closed with one of its integration's solutions, on its own tab.
  const stages = (NEXT_STAGES[ticket.stage as Stage] ?? []).filter((stage) => !(isComplaint && stage === 'closed'));
  const form = useForm<Values>({
    initialValues: { category: ticket.category ?? '', priority: ticket.priority, stage: '', solution: ticket.solution ?? '', finalCategory: ticket.finalCategory ?? ticket.category ?? '', confirmedByRequester: false, reason: '' },
  });
  const save = useMutation({
    mutationFn: (body: SupportChanges) => unwrap(api.PATCH('/v1/support/tickets/{ticketId}', { params: { path: { ticketId: ticket.id } }, body })),
    onSuccess: (updated) => {
      client.setQueryData(['tickets', ticket.id, 'support'], updated);
      void client.invalidateQueries({ queryKey: ['tickets'] });
      notifications.show({ color: 'green', message: t('manage.saved') });
      form.setValues({ stage: '', reason: '' });
      form.resetDirty();
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  const submit = (values: Values) => {
    const body: SupportChanges = {};
    if (values.category && values.category !== ticket.category) body.category = values.category as Category;
    if (values.priority !== ticket.priority) body.priority = values.priority as Priority;
    if (values.stage) body.stage = values.stage as Stage;
    if (values.stage === 'closed') {
      if (values.solution.trim()) body.solution = values.solution.trim();
      if (values.finalCategory) body.finalCategory = values.finalCategory as Category;
      body.confirmedByRequester = values.confirmedByRequester;
    }
    if (Object.keys(body).length === 0) {
      notifications.show({ message: t('manage.nothing') });
      return;
    }
    if (values.reason.trim()) body.reason = values.reason.trim();
    save.mutate(body);
  };
  const categoryOptions = CATEGORIES.map((value) => ({ value, label: t(`category.${value}`) }));
  return (
    <Card withBorder component="section" aria-labelledby="manage-title" data-testid="manage-ticket">
      <form onSubmit={form.onSubmit(submit)}>
        <Stack gap="sm">
          <Title order={2} size="h4" id="manage-title">
            {t('manage.title')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select label={t('manage.category')} data={categoryOptions} allowDeselect={false} {...form.getInputProps('category')} />
            <Select label={t('manage.priority')} data={PRIORITIES.map((value) => ({ value, label: t(`priority.${value}`) }))} allowDeselect={false} {...form.getInputProps('priority')} />
            <Select label={t('manage.nextStage')} placeholder="—" clearable data={stages.map((value) => ({ value, label: t(`stage.${value}`) }))} disabled={stages.length === 0} {...form.getInputProps('stage')} />
          </SimpleGrid>
          {form.values.stage === 'closed' ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Textarea label={t('manage.solution')} required autosize minRows={2} {...form.getInputProps('solution')} />
              <Stack gap="xs">
                <Select label={t('manage.finalCategory')} required data={categoryOptions} {...form.getInputProps('finalCategory')} />
                <Checkbox label={t('manage.confirmed')} {...form.getInputProps('confirmedByRequester', { type: 'checkbox' })} />
              </Stack>
            </SimpleGrid>
          ) : null}
          <TextInput label={t('manage.reason')} {...form.getInputProps('reason')} />
          {isComplaint ? (
            <Text size="xs" c="dimmed">
              {t('manage.complaintClose')}
            </Text>
          ) : null}
          {save.isError ? <ProblemAlert error={localized(save.error, t)} /> : null}
          <Group>
            <Button type="submit" loading={save.isPending} data-testid="manage-save">
              {t('manage.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
