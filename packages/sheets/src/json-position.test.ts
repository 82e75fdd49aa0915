import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './json-position.js';

describe('jsonErrorOffset', () => {
  it('agrees with JSON.parse on what is valid', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]} ', '"s"', '0']) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(jsonErrorOffset(text)).toBeUndefined();
    }
  });

  it.each([
    ['{"a": 1,}', 8], // trailing comma
    ['{"a": 1 "b": 2}', 8], // missing comma
    ["{'a': 1}", 1], // single quotes
    ['{"a": [1, 2}', 11], // wrong bracket
    ['{"a": 1', 7], // unclosed
    ['{"a": 01}', 7], // leading zero
    ['{"a": "x\ny"}', 8], // raw newline in a string
    ['{} x', 3], // trailing text
  ])('finds the error in %j at %i', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });
});
