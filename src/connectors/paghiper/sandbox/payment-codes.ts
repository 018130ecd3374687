import { createHash } from 'node:crypto';
import type { SeededPicker } from '../../sandbox-kit/random.ts';
import { qrLikePngBase64 } from './qr-image.ts';
import { daysBetween } from './time.ts';

export interface BankSlip {
  digitable_line: string;
  url_slip: string;
  url_slip_pdf: string;
  bar_code_number_to_image: string;
}

export interface PixCode {
  qrcode_base64: string;
  qrcode_image_url: string;
  emv: string;
  pix_url: string;
  bacen_url: string;
}

const BANK = '341';
const CURRENCY = '9';
const DIGITS = '0123456789';
const HEX = '0123456789abcdef';

/** 16 upper-case letters and digits, like "HF97T5SH2ZQNLF6Z". */
export const newTransactionId = (picker: SeededPicker): string => picker.code(16);

/** 64 upper-case letters and digits, as PagHiper's notification ids. */
export const newNotificationId = (picker: SeededPicker): string => picker.code(64);

/**
 * A FEBRABAN boleto for the charge: the 44-digit bar code (bank, currency, general check digit, due factor, value,
 * free field) and its 47-digit digitable line with the three modulo-10 field check digits.
 */
export function bankSlipFor(picker: SeededPicker, transactionId: string, valueCents: number, dueDate: string): BankSlip {
  const free = picker.code(25, DIGITS);
  const factorAndValue = `${dueFactor(dueDate)}${String(Math.min(valueCents, 9_999_999_999)).padStart(10, '0')}`;
  const withoutCheck = `${BANK}${CURRENCY}${factorAndValue}${free}`;
  const barCode = `${withoutCheck.slice(0, 4)}${modulo11(withoutCheck)}${withoutCheck.slice(4)}`;
  const field1 = `${BANK}${CURRENCY}${free.slice(0, 5)}`;
  const field2 = free.slice(5, 15);
  const field3 = free.slice(15, 25);
  const line = [
    dotted(`${field1}${modulo10(field1)}`, 5),
    dotted(`${field2}${modulo10(field2)}`, 5),
    dotted(`${field3}${modulo10(field3)}`, 5),
    barCode[4],
    factorAndValue,
  ].join(' ');
  const url = `https://www.paghiper.com/checkout/boleto/${picker.code(128, HEX)}/${transactionId}/${picker.code(8, DIGITS)}`;
  return { digitable_line: line, url_slip: url, url_slip_pdf: `${url}/pdf`, bar_code_number_to_image: barCode };
}

/** A dynamic PIX BR Code (EMV with CRC16) and the URLs PagHiper serves it under. */
export function pixCodeFor(picker: SeededPicker, transactionId: string, valueCents: number): PixCode {
  const location = `pix.paghiper.com/qr/v2/${picker.code(32, HEX)}`;
  const payload = [
    field('00', '01'),
    field('01', '12'),
    field('26', field('00', 'br.gov.bcb.pix') + field('25', location)),
    field('52', '0000'),
    field('53', '986'),
    field('54', (valueCents / 100).toFixed(2)),
    field('58', 'BR'),
    field('59', 'PAGHIPER SERV ONLINE EIRE'),
    field('60', 'SAO PAULO'),
    field('62', field('05', '***')),
  ].join('');
  const emv = `${payload}6304${crc16(`${payload}6304`)}`;
  const hash = createHash('sha512').update(`${transactionId}:${emv}`).digest('hex');
  const number = picker.code(8, DIGITS);
  let image: string | undefined;
  return {
    // Drawn on first read: generated history holds hundreds of PIX charges that are never looked at.
    get qrcode_base64() {
      return (image ??= qrLikePngBase64(emv));
    },
    qrcode_image_url: `https://pix.paghiper.com/pixcode/?${hash}/${transactionId}/${number}.png`,
    emv,
    pix_url: `https://pix.paghiper.com/qrcode/${hash.slice(0, 8)}/${transactionId}/${number.slice(0, 5)}`,
    bacen_url: `https://pix.bcb.gov.br/qr/${Buffer.from(emv).toString('base64')}`,
  };
}

/** Days since 1997-10-07, restarting at 1000 after 9999 (the 2025-02-22 rollover). */
function dueFactor(dueDate: string): string {
  const days = daysBetween('1997-10-07', dueDate);
  const factor = days < 1000 ? Math.max(days, 0) : ((days - 1000) % 9000) + 1000;
  return String(factor).padStart(4, '0');
}

function modulo10(digits: string): number {
  let sum = 0;
  let weight = 2;
  for (let i = digits.length - 1; i >= 0; i--) {
    const product = Number(digits[i]) * weight;
    sum += product > 9 ? product - 9 : product;
    weight = weight === 2 ? 1 : 2;
  }
  return (10 - (sum % 10)) % 10;
}

function modulo11(digits: string): number {
  let sum = 0;
  let weight = 2;
  for (let i = digits.length - 1; i >= 0; i--) {
    sum += Number(digits[i]) * weight;
    weight = weight === 9 ? 2 : weight + 1;
  }
  const check = 11 - (sum % 11);
  return check === 0 || check === 10 || check === 11 ? 1 : check;
}

/** CRC-16/CCITT-FALSE, as the PIX BR Code requires in field 63. */
function crc16(text: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, 'utf8')) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

function field(id: string, value: string): string {
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}

function dotted(digits: string, at: number): string {
  return `${digits.slice(0, at)}.${digits.slice(at)}`;
}
