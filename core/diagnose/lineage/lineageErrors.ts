import { SightlineInputError } from '../../io/errors';

export function noKeyError(source: string): SightlineInputError {
  return new SightlineInputError('lineage.no-key', 'the pipeline names no record key, so a record cannot be followed across stages', {
    file: source,
    hint: 'Add "key": "<column>" to sightline.json (top level, or on each stage) naming the column that identifies a record in every stage, e.g. "key": "order_id".',
  });
}

export interface KeySearch {
  key: string;
  /** "stage (key column)" for each stage searched. */
  searched: string[];
  /** Existing keys that equal `key` ignoring case. */
  caseMatches: string[];
  /** A few existing keys of the first stage. */
  examples: string[];
}

export function unknownKeyError(search: KeySearch): SightlineInputError {
  const hint = search.caseMatches.length
    ? `Keys are case-sensitive: did you mean ${quoteList(search.caseMatches)}?`
    : `Keys are case-sensitive. Existing keys include ${quoteList(search.examples)}.`;
  return new SightlineInputError('lineage.unknown-key', `no record with key "${search.key}" in any stage (searched ${search.searched.join(', ')})`, { hint });
}

function quoteList(keys: string[]): string {
  return keys.map((k) => `"${k}"`).join(', ');
}
