/**
 * A small JSON Schema (draft-07 subset) validator: enough for sightline.schema.json, so the
 * schema file that VS Code uses for completion is also the one the CLI enforces, without a
 * code-generating validator dependency. Supported: type, const, enum, required, properties,
 * additionalProperties, items, minItems, minLength, pattern, oneOf, $ref to #/definitions.
 */
export interface JsonSchema {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  minLength?: number;
  pattern?: string;
  oneOf?: JsonSchema[];
  $ref?: string;
  definitions?: Record<string, JsonSchema>;
  description?: string;
}

export interface SchemaViolation {
  /** Path into the document, e.g. ['stages', 2, 'files']. */
  path: (string | number)[];
  message: string;
}

export function validateJson(value: unknown, schema: JsonSchema): SchemaViolation[] {
  return check(value, schema, schema, []);
}

export function formatJsonPath(path: (string | number)[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '') || '(top level)';
}

function check(value: unknown, schema: JsonSchema, root: JsonSchema, path: (string | number)[]): SchemaViolation[] {
  if (schema.$ref) return check(value, resolveRef(schema.$ref, root), root, path);
  if (schema.oneOf) return checkOneOf(value, schema.oneOf, root, path);
  const fail = (message: string) => [{ path, message }];
  if (schema.const !== undefined && value !== schema.const) return fail(`must be ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value)) return fail(`must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`);
  if (schema.type && !hasType(value, schema.type)) return fail(`must be ${article(schema.type)}, found ${describeType(value)}`);
  if (typeof value === 'string') return checkString(value, schema, path);
  if (Array.isArray(value)) return checkArray(value, schema, root, path);
  if (isObject(value)) return checkObject(value, schema, root, path);
  return [];
}

function checkString(value: string, schema: JsonSchema, path: (string | number)[]): SchemaViolation[] {
  if (schema.minLength !== undefined && value.length < schema.minLength) return [{ path, message: 'must not be empty' }];
  if (schema.pattern && !new RegExp(schema.pattern).test(value)) {
    return [{ path, message: `"${value}" does not match ${schema.description ?? schema.pattern}` }];
  }
  return [];
}

function checkArray(value: unknown[], schema: JsonSchema, root: JsonSchema, path: (string | number)[]): SchemaViolation[] {
  if (schema.minItems !== undefined && value.length < schema.minItems) {
    return [{ path, message: `must have at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}` }];
  }
  const items = schema.items;
  return items ? value.flatMap((item, i) => check(item, items, root, [...path, i])) : [];
}

function checkObject(value: Record<string, unknown>, schema: JsonSchema, root: JsonSchema, path: (string | number)[]): SchemaViolation[] {
  const out: SchemaViolation[] = [];
  for (const key of schema.required ?? []) {
    if (!(key in value)) out.push({ path, message: `is missing the required property "${key}"` });
  }
  for (const [key, child] of Object.entries(value)) {
    const known = schema.properties?.[key];
    if (known) out.push(...check(child, known, root, [...path, key]));
    else if (schema.additionalProperties === false) {
      const names = Object.keys(schema.properties ?? {}).filter((n) => n !== '$schema');
      out.push({ path: [...path, key], message: `is not a known property (expected one of: ${names.join(', ')})` });
    } else if (typeof schema.additionalProperties === 'object') {
      out.push(...check(child, schema.additionalProperties, root, [...path, key]));
    }
  }
  return out;
}

function checkOneOf(value: unknown, branches: JsonSchema[], root: JsonSchema, path: (string | number)[]): SchemaViolation[] {
  const results = branches.map((branch) => check(value, branch, root, path));
  const passing = results.filter((r) => r.length === 0).length;
  if (passing === 1) return [];
  if (passing > 1) return [{ path, message: 'matches more than one allowed form' }];
  // Report the branch that got furthest: the one whose type matched, with the fewest complaints.
  const typed = results.filter((_, i) => typeMatches(value, branches[i], root));
  const best = (typed.length ? typed : results).reduce((a, b) => (b.length < a.length ? b : a));
  return best;
}

function typeMatches(value: unknown, schema: JsonSchema, root: JsonSchema): boolean {
  const resolved = schema.$ref ? resolveRef(schema.$ref, root) : schema;
  return !resolved.type || hasType(value, resolved.type);
}

function resolveRef(ref: string, root: JsonSchema): JsonSchema {
  const name = ref.replace('#/definitions/', '');
  const target = root.definitions?.[name];
  if (!target) throw new Error(`schema reference ${ref} not found`);
  return target;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    default:
      return typeof value === type;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return article(typeof value);
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
