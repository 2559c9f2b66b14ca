import { canonicalJson } from '../../../src/core/record/canonicalJson';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('gives the same text whatever order the keys were written in', () => {
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });

  it('leaves out undefined members and escapes text as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: 'say "hi"\n' })).toBe('{"b":"say \\"hi\\"\\n"}');
  });

  it('refuses a number that JSON cannot hold, naming where it is', () => {
    expect(() => canonicalJson({ cost: [1, Infinity] })).toThrow('$.cost[1]');
  });

  it('refuses a value that is not plain data', () => {
    expect(() => canonicalJson({ when: new Date(0) })).toThrow('$.when must be plain JSON data');
  });
});
