import { describe, expect, it } from 'vitest';
import { classifyAddress, resolvePublicAddresses } from '../../src/modules/webhook/address-guard.js';

describe('classifyAddress', () => {
  it.each([
    ['127.0.0.1', 'LOOPBACK'],
    ['127.255.255.254', 'LOOPBACK'],
    ['10.0.0.1', 'PRIVATE'],
    ['172.16.0.1', 'PRIVATE'],
    ['172.31.255.255', 'PRIVATE'],
    ['192.168.1.10', 'PRIVATE'],
    ['169.254.169.254', 'LINK_LOCAL'],
    ['100.64.0.1', 'SHARED'],
    ['100.127.255.255', 'SHARED'],
    ['0.0.0.0', 'UNSPECIFIED'],
    ['0.1.2.3', 'UNSPECIFIED'],
    ['224.0.0.1', 'MULTICAST'],
    ['239.255.255.250', 'MULTICAST'],
    ['255.255.255.255', 'RESERVED'],
    ['192.0.2.1', 'RESERVED'],
    ['::', 'UNSPECIFIED'],
    ['::1', 'LOOPBACK'],
    ['0:0:0:0:0:0:0:1', 'LOOPBACK'],
    ['fe80::1', 'LINK_LOCAL'],
    ['febf::1', 'LINK_LOCAL'],
    ['fc00::1', 'UNIQUE_LOCAL'],
    ['fd12:3456::1', 'UNIQUE_LOCAL'],
    ['ff02::1', 'MULTICAST'],
    ['::ffff:127.0.0.1', 'LOOPBACK'],
    ['::ffff:7f00:1', 'LOOPBACK'],
    ['::ffff:10.1.2.3', 'PRIVATE'],
    ['::ffff:a9fe:a9fe', 'LINK_LOCAL'],
    ['64:ff9b::169.254.169.254', 'LINK_LOCAL'],
    ['::127.0.0.1', 'RESERVED'],
    ['[::1]', 'LOOPBACK'],
    ['fe80::1%eth0', 'LINK_LOCAL'],
  ])('%s is %s', (ip, kind) => {
    expect(classifyAddress(ip)).toBe(kind);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '93.184.215.14',
    '172.15.255.255',
    '172.32.0.0',
    '100.63.255.255',
    '100.128.0.0',
    '169.253.255.255',
    '11.0.0.0',
    '2606:4700:4700::1111',
    '2001:4860:4860::8888',
    '::ffff:8.8.8.8',
    '2a00:1450::1',
  ])('%s is public', (ip) => {
    expect(classifyAddress(ip)).toBe('PUBLIC');
  });

  it.each(['', 'localhost', '256.1.1.1', '1.2.3', '1::2::3', 'gggg::1', '1:2:3:4:5:6:7:8:9'])(
    '%j is not an address',
    (ip) => {
      expect(classifyAddress(ip)).toBe('INVALID');
    },
  );
});

describe('resolvePublicAddresses', () => {
  it('accepts a public IP literal without resolving anything', async () => {
    expect(await resolvePublicAddresses('93.184.215.14')).toEqual({
      ok: true,
      addresses: [{ address: '93.184.215.14', family: 4 }],
    });
    expect(await resolvePublicAddresses('[2606:4700:4700::1111]')).toMatchObject({ ok: true });
  });

  it('refuses loopback, private and metadata addresses, as literals or through a name', async () => {
    for (const host of [
      '127.0.0.1',
      '[::1]',
      '10.1.2.3',
      '169.254.169.254',
      '[::ffff:127.0.0.1]',
      'localhost',
    ]) {
      const check = await resolvePublicAddresses(host);
      expect(check, host).toMatchObject({ ok: false, reason: 'NOT_PUBLIC' });
    }
  });

  it('refuses a name that does not resolve', async () => {
    expect(await resolvePublicAddresses('no-such-host.invalid')).toMatchObject({
      ok: false,
      reason: 'UNRESOLVABLE',
    });
  });
});
