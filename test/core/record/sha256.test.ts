import { createHash } from 'node:crypto';
import { sha256Hex, utf8Bytes } from '../../../src/core/record/sha256';

describe('sha256Hex', () => {
  // FIPS 180-2, Appendix B.1–B.3 (and the well-known digest of the empty message).
  it.each([
    ['"abc" (B.1)', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'the 448-bit message (B.2)',
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    [
      'one million "a" (B.3)',
      'a'.repeat(1_000_000),
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    ],
    ['the empty message', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ])('matches the FIPS digest of %s', (_name, message, digest) => {
    expect(sha256Hex(message)).toBe(digest);
  });

  // Lengths around the 55/56/64-byte padding edges decide whether a second block is needed.
  it.each([55, 56, 63, 64, 65, 119, 120])('matches node:crypto for %i bytes', (length) => {
    const text = 'q'.repeat(length);
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
  });

  it('hashes text as UTF-8, as node:crypto does', () => {
    const text = 'Coût €, naïve 😀, 日本';
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});

describe('utf8Bytes', () => {
  it('encodes 1-, 2-, 3- and 4-byte characters as TextEncoder does', () => {
    const text = 'a\u00e9\u20ac\u{1f600}';
    expect(Array.from(utf8Bytes(text))).toEqual(Array.from(new TextEncoder().encode(text)));
    expect(utf8Bytes(text).length).toBe(1 + 2 + 3 + 4);
  });

  it('turns a lone surrogate into U+FFFD (EF BF BD)', () => {
    expect(Array.from(utf8Bytes('\ud800'))).toEqual([0xef, 0xbf, 0xbd]);
  });
});
