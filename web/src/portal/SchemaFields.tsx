import { Checkbox, Group, NumberInput, PasswordInput, Select, Stack, Switch, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** The part of a JSON Schema (draft 2020-12) property that a form needs. */
export interface FieldSchema {
  type?: string;
  title?: string;
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  pattern?: string;
  format?: string;
  writeOnly?: boolean;
  enum?: unknown[];
  items?: { enum?: unknown[] };
}
export interface ObjectSchema {
  properties?: Record<string, FieldSchema>;
  required?: string[];
}

const fieldsOf = (schema: Record<string, unknown>) => {
  const object = schema as ObjectSchema;
  return Object.entries(object.properties ?? {}).map(([key, field]) => ({ key, field, required: (object.required ?? []).includes(key) }));
};

/** Initial values: the schema's defaults; empty where it has none. */
export function initialValues(schema: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    fieldsOf(schema).map(({ key, field }) => [key, field.default ?? (field.type === 'boolean' ? false : field.type === 'array' ? [] : field.type === 'integer' || field.type === 'number' ? '' : '')]),
  );
}

const lowest = (field: FieldSchema) => field.minimum ?? (field.exclusiveMinimum !== undefined ? field.exclusiveMinimum + (field.type === 'integer' ? 1 : 0) : undefined);
// Bounds that only guard against overflow (Number.MAX_SAFE_INTEGER) say nothing to a person.
const highest = (field: FieldSchema) => (field.maximum !== undefined && field.maximum < 1_000_000 ? field.maximum : undefined);

/** A field's label in the chosen language: the portal's own words for the known fields, else the schema's. */
function fieldLabel(t: TFunction, key: string, field: FieldSchema): string {
  return t(`fields.${key}.label`, { defaultValue: field.title ?? field.description ?? key });
}

function fieldHelp(t: TFunction, key: string, field: FieldSchema): string {
  const help = t(`fields.${key}.help`, { defaultValue: field.title ? (field.description ?? '') : '' });
  const min = lowest(field);
  const max = highest(field);
  const bounds =
    field.type === 'integer' || field.type === 'number'
      ? min !== undefined && max !== undefined
        ? t('form.between', { min, max })
        : min !== undefined
          ? t('form.atLeast', { min })
          : ''
      : '';
  return [help, bounds].filter(Boolean).join(' · ');
}

/** What is wrong with a value, checked as the server will check it; null when it passes. */
function checkField(t: TFunction, field: FieldSchema, required: boolean, value: unknown): string | null {
  const empty = value === '' || value === undefined || value === null || (Array.isArray(value) && value.length === 0);
  if (empty) return required || (field.minItems ?? 0) > 0 ? t('form.required') : null;
  if (field.type === 'integer' || field.type === 'number') {
    const number = Number(value);
    if (!Number.isFinite(number) || (field.type === 'integer' && !Number.isInteger(number))) return t('form.integer');
    const min = lowest(field);
    const max = field.maximum;
    if ((min !== undefined && number < min) || (max !== undefined && number > max)) {
      return max !== undefined && min !== undefined ? t('form.between', { min, max }) : t('form.atLeast', { min });
    }
  }
  if (typeof value === 'string') {
    if (field.minLength !== undefined && value.length < field.minLength) return t('form.minLength', { count: field.minLength });
    if (field.maxLength !== undefined && value.length > field.maxLength) return t('form.maxLength', { count: field.maxLength });
    if (field.format === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return t('form.email');
    if (field.pattern && !new RegExp(field.pattern).test(value)) return t('form.pattern');
  }
  return null;
}

/** Drops empty optional values and turns numeric text into numbers: what the API expects. */
export function cleanValues(schema: Record<string, unknown>, values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { key, field } of fieldsOf(schema)) {
    const value = values[key];
    if (value === '' || value === undefined || value === null) continue;
    out[key] = field.type === 'integer' || field.type === 'number' ? Number(value) : typeof value === 'string' ? value.trim() : value;
  }
  return out;
}

/**
 * The inputs of one group of a connector's fields (`config` or `credentials`), drawn from its JSON Schema: numbers with
 * their bounds, enums as selects, lists of choices as checkboxes, booleans as switches, secrets as password inputs.
 */
export function SchemaFields<V>(props: { form: UseFormReturnType<V>; group: 'config' | 'credentials'; schema: Record<string, unknown> }) {
  const { t } = useTranslation('portal');
  return (
    <Stack gap="sm">
      {fieldsOf(props.schema).map(({ key, field, required }) => {
        const path = `${props.group}.${key}`;
        const input = props.form.getInputProps(path);
        const common = { key: path, label: fieldLabel(t, key, field), description: fieldHelp(t, key, field), withAsterisk: required, 'data-testid': `field-${path}` };
        if (field.type === 'boolean') {
          const { checked, ...rest } = props.form.getInputProps(path, { type: 'checkbox' });
          return <Switch {...common} {...rest} checked={Boolean(checked)} />;
        }
        if (field.type === 'array' && field.items?.enum) {
          return (
            <Checkbox.Group {...common} {...input}>
              <Group mt="xs">
                {field.items.enum.map((option) => (
                  <Checkbox key={String(option)} value={String(option)} label={t(`options.${String(option)}`, { defaultValue: String(option) })} />
                ))}
              </Group>
            </Checkbox.Group>
          );
        }
        if (field.enum) {
          const data = field.enum.map((option) => ({ value: String(option), label: t(`options.${String(option)}`, { defaultValue: String(option) }) }));
          return <Select {...common} {...input} data={data} allowDeselect={!required} />;
        }
        if (field.type === 'integer' || field.type === 'number') {
          return <NumberInput {...common} {...input} min={lowest(field)} max={highest(field)} allowDecimal={field.type === 'number'} clampBehavior="none" />;
        }
        if (field.writeOnly || field.format === 'password') return <PasswordInput {...common} {...input} autoComplete="off" />;
        return <TextInput {...common} {...input} type={field.format === 'email' ? 'email' : 'text'} autoComplete="off" />;
      })}
    </Stack>
  );
}

/** Client-side checks of a group of fields, keyed as the form's errors (`config.syncIntervalMinutes`). */
export function checkGroup(t: TFunction, group: string, schema: Record<string, unknown>, values: Record<string, unknown>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { key, field, required } of fieldsOf(schema)) {
    const problem = checkField(t, field, required, values[key]);
    if (problem) errors[`${group}.${key}`] = problem;
  }
  return errors;
}
