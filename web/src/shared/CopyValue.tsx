import { Button, Code, CopyButton, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import './messages';

/** A value to hand to someone else (a callback URL to paste in a provider's panel), with a button that copies it. */
export function CopyValue(props: { value: string; label: string; testId?: string }) {
  const { t } = useTranslation('shared');
  return (
    <Group gap="xs" wrap="nowrap" align="center">
      <Code style={{ wordBreak: 'break-all' }} data-testid={props.testId}>
        {props.value}
      </Code>
      <CopyButton value={props.value}>
        {({ copied, copy }) => (
          <Button size="xs" variant="light" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={`${t('copy')}: ${props.label}`} style={{ flexShrink: 0 }}>
            {copied ? `✓ ${t('copied')}` : t('copy')}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}
