import type { SeededPicker } from '../../sandbox-kit/random.ts';

const DIGITS = '0123456789';

/** A CPF (11 digits) or CNPJ (14 digits) whose check digits are right, as PagHiper validates payer_cpf_cnpj. */
export function isValidCpfCnpj(digits: string): boolean {
  if (!/^\d+$/.test(digits) || /^(\d)\1+$/.test(digits)) return false;
  if (digits.length === 11) return digits === digits.slice(0, 9) + cpfCheckDigits(digits.slice(0, 9));
  if (digits.length === 14) return digits === digits.slice(0, 12) + cnpjCheckDigits(digits.slice(0, 12));
  return false;
}

export function generateCpf(picker: SeededPicker): string {
  let base = picker.code(9, DIGITS);
  if (/^(\d)\1+$/.test(base)) base = `1${base.slice(1, 8)}2`;
  return base + cpfCheckDigits(base);
}

export function generateCnpj(picker: SeededPicker): string {
  const base = `${picker.code(8, DIGITS)}0001`;
  return base + cnpjCheckDigits(base);
}

function cpfCheckDigits(base: string): string {
  const digit = (part: string) => {
    const sum = [...part].reduce((total, d, i) => total + Number(d) * (part.length + 1 - i), 0);
    const rest = (sum * 10) % 11;
    return rest === 10 ? 0 : rest;
  };
  const first = digit(base);
  return `${first}${digit(base + first)}`;
}

function cnpjCheckDigits(base: string): string {
  const digit = (part: string) => {
    const weights = part.length === 12 ? [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2] : [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    const rest = [...part].reduce((total, d, i) => total + Number(d) * (weights[i] ?? 0), 0) % 11;
    return rest < 2 ? 0 : 11 - rest;
  };
  const first = digit(base);
  return `${first}${digit(base + first)}`;
}
