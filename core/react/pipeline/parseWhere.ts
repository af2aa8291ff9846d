import type { SlicePredicate } from '../../protocol/slices';
import { SightlineInputError } from '../../io/errors';

/** "col=value,col2=[1, 5)" into predicates; commas inside a bin label's brackets stay in the value. */
export function parseWhere(text: string): SlicePredicate[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '[' || ch === '(') depth++;
    if ((ch === ']' || ch === ')') && depth > 0) depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((part) => predicate(part, text));
}

function predicate(part: string, text: string): SlicePredicate {
  const at = part.indexOf('=');
  const feature = at > 0 ? part.slice(0, at).trim() : '';
  const value = at > 0 ? part.slice(at + 1).trim() : '';
  if (feature && value) return { feature, value };
  throw new SightlineInputError('whatif.bad-where', `"${part.trim()}" in "${text}" is not column=value`, {
    hint: 'Write predicates as col=value separated by commas, e.g. "origin_state=TX,carrier=WN".',
  });
}
