import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import './messages';

interface FieldSchema {
  type?: string | string[];
  description?: string;
  default?: unknown;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  items?: FieldSchema;
  anyOf?: FieldSchema[];
}

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** A field's bounds in a line: numbers' range, text lengths, list sizes, allowed values, pattern. */
function bounds(field: FieldSchema): string[] {
  const out: string[] = [];
  if (field.minimum !== undefined || field.maximum !== undefined) out.push(`${field.minimum ?? '−∞'} … ${field.maximum ?? '∞'}`);
  if (field.exclusiveMinimum !== undefined) out.push(`> ${field.exclusiveMinimum}`);
  if (field.exclusiveMaximum !== undefined) out.push(`< ${field.exclusiveMaximum}`);
  if (field.minLength !== undefined || field.maxLength !== undefined) out.push(`${field.minLength ?? 0}–${field.maxLength ?? '∞'} chars`);
  if (field.minItems !== undefined || field.maxItems !== undefined) out.push(`${field.minItems ?? 0}–${field.maxItems ?? '∞'} items`);
  const values = field.enum ?? field.items?.enum;
  if (values) out.push(values.map(show).join(' | '));
  if (field.pattern) out.push(`/${field.pattern}/`);
  if (field.format) out.push(field.format);
  return out;
}

function typeOf(field: FieldSchema): string {
  if (field.anyOf) return field.anyOf.map(typeOf).join(' | ');
  const type = Array.isArray(field.type) ? field.type.join(' | ') : (field.type ?? '—');
  return type === 'array' && field.items ? `${typeOf(field.items)}[]` : type;
}

/** The fields of a connector's credentials or config, read from its JSON Schema: a configuration reference. */
export function SchemaFields(props: { schema: Record<string, unknown>; testId: string }) {
  const { t } = useTranslation('ops');
  const properties = (props.schema.properties ?? {}) as Record<string, FieldSchema>;
  const required = new Set((props.schema.required ?? []) as string[]);
  const names = Object.keys(properties);
  if (names.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('connectors.none')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped data-testid={props.testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('connectors.field')}</Table.Th>
            <Table.Th>{t('connectors.type')}</Table.Th>
            <Table.Th>{t('connectors.required')}</Table.Th>
            <Table.Th>{t('connectors.default')}</Table.Th>
            <Table.Th>{t('connectors.bounds')}</Table.Th>
            <Table.Th>{t('connectors.description')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {names.map((name) => {
            const field = properties[name]!;
            return (
              <Table.Tr key={name} data-field={name}>
                <Table.Td>
                  <Code>{name}</Code>
                </Table.Td>
                <Table.Td>{typeOf(field)}</Table.Td>
                <Table.Td>{t(required.has(name) ? 'detail.yes' : 'detail.no')}</Table.Td>
                <Table.Td>{field.default === undefined ? '—' : <Code>{show(field.default)}</Code>}</Table.Td>
                <Table.Td>{bounds(field).join('; ') || '—'}</Table.Td>
                <Table.Td>
                  <Text size="sm">{field.description ?? '—'}</Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
