import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Keyring } from '../../src/platform/crypto/keyring.ts';
import { ReplyAddresses } from '../../src/platform/mail/index.ts';
import { newId } from '../../src/platform/ids.ts';

const keyring = new Keyring(randomBytes(32));
const replies = new ReplyAddresses({ baseAddress: 'suporte@ponte.example', keyring });

describe('signed reply addresses', () => {
  it('routes an address back to its routing id, whatever the case an MTA left it in', () => {
    const ticketId = newId('ticket');
    const address = replies.addressFor(ticketId);
    expect(address).toMatch(new RegExp(`^suporte\\+${ticketId}\\.[0-9a-v]{16}@ponte\\.example$`));
    expect(address.split('@')[0]!.length).toBeLessThanOrEqual(64);
    expect(replies.addressFor(ticketId)).toBe(address);
    expect(replies.routingIdOf(address)).toBe(ticketId);
    expect(replies.routingIdOf(address.toUpperCase())).toBe(ticketId);
    expect(replies.routingIdOf(`<${address}>`)).toBe(ticketId);
    expect(replies.routingIdOf(` ${address} `)).toBe(ticketId);
  });

  it('gives each routing id its own signature, so none can be moved onto another', () => {
    const first = replies.addressFor('tkt_aaaaaaaaaaaaaaaaaaaa');
    const second = replies.addressFor('tkt_aaaaaaaaaaaaaaaaaaab');
    const signatureOf = (address: string) => address.slice(address.indexOf('.') + 1, address.indexOf('@'));
    expect(signatureOf(first)).not.toBe(signatureOf(second));
    expect(replies.routingIdOf(`suporte+tkt_aaaaaaaaaaaaaaaaaaab.${signatureOf(first)}@ponte.example`)).toBeNull();
  });

  it('refuses forged, altered, truncated and unsigned addresses', () => {
    const ticketId = newId('ticket');
    const address = replies.addressFor(ticketId);
    const [localPart, domain] = address.split('@') as [string, string];
    const signature = localPart.slice(localPart.lastIndexOf('.') + 1);
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('0') ? '1' : '0'}`;
    const forged = [
      `suporte+${ticketId}.${flipped}@${domain}`, // one character of the signature changed
      `suporte+${ticketId}.${signature.slice(0, -1)}@${domain}`, // truncated signature
      `suporte+${ticketId}.${signature}0@${domain}`, // longer signature
      `suporte+${ticketId}.${'0'.repeat(16)}@${domain}`, // guessed signature
      `suporte+${ticketId}@${domain}`, // no signature
      `suporte+${ticketId}.@${domain}`,
      `suporte+.${signature}@${domain}`,
      `suporte+${ticketId.slice(0, -1)}x.${signature}@${domain}`, // another ticket, same signature
      `suporte@${domain}`,
      `${localPart}@ponte.example.org`, // another domain
      `${localPart}@evil.ponte.example`,
      `atendimento+${ticketId}.${signature}@${domain}`, // another local part
      `suporte+${ticketId}.${signature}`, // no domain
      '',
      'not an address',
    ];
    for (const candidate of forged) expect(replies.routingIdOf(candidate), candidate).toBeNull();
  });

  it('refuses what another master key signed, and keeps accepting the old key after a rotation', () => {
    const oldKey = randomBytes(32);
    const before = new ReplyAddresses({ baseAddress: 'suporte@ponte.example', keyring: new Keyring(oldKey) });
    const address = before.addressFor('tkt_rotated');
    expect(replies.routingIdOf(address)).toBeNull();

    const rotated = new ReplyAddresses({ baseAddress: 'suporte@ponte.example', keyring: new Keyring(randomBytes(32), [oldKey]) });
    expect(rotated.routingIdOf(address)).toBe('tkt_rotated');
    expect(rotated.addressFor('tkt_rotated')).not.toBe(address);
    expect(rotated.routingIdOf(rotated.addressFor('tkt_rotated'))).toBe('tkt_rotated');
  });

  it('tells mail for the base address, signed or not, from anyone else\'s', () => {
    expect(replies.covers('suporte@ponte.example')).toBe(true);
    expect(replies.covers('Suporte+anything@Ponte.Example')).toBe(true);
    expect(replies.covers(replies.addressFor('tkt_x'))).toBe(true);
    expect(replies.covers('suporte@ponte.example.org')).toBe(false);
    expect(replies.covers('suportex@ponte.example')).toBe(false);
    expect(replies.covers('ana@example.com')).toBe(false);
  });

  it('refuses routing ids that would not survive a lower-casing MTA or the 64-character limit, and bad base addresses', () => {
    expect(() => replies.addressFor('TKT_ABC')).toThrow(/lower-case/);
    expect(() => replies.addressFor('tkt.abc')).toThrow(/lower-case/);
    expect(() => replies.addressFor('t'.repeat(40))).toThrow(/too long/);
    expect(() => new ReplyAddresses({ baseAddress: 'suporte+x@ponte.example', keyring })).toThrow(/without \+/);
    expect(() => new ReplyAddresses({ baseAddress: 'suporte', keyring })).toThrow(/not a bare address/);
    expect(() => new ReplyAddresses({ baseAddress: 'atendimento-ao-cliente@ponte.example', keyring })).toThrow(/longer than 20/);
    expect(new ReplyAddresses({ baseAddress: 'Suporte@Ponte.Example', keyring }).addressFor('tkt_a')).toMatch(/^suporte\+tkt_a\.[0-9a-v]{16}@ponte\.example$/);
  });
});
