// Reading YAML fields with their line numbers, so every problem in content/ can
// point at the line to fix. Readers report problems to a ProblemLog and return
// undefined, letting one pass find every mistake in a file.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';

import type { ProblemLog } from './content-error';

export interface Located<T> {
  value: T;
  line: number;
}

/** One YAML text inside one file; firstLine is the file line the text starts on. */
export class YamlSource {
  private readonly counter = new LineCounter();

  constructor(
    readonly file: string,
    readonly log: ProblemLog,
    private readonly firstLine = 1,
  ) {}

  /** Parses text; syntax errors are logged and give undefined. */
  parse(text: string): Node | null | undefined {
    const doc = parseDocument(text, { lineCounter: this.counter, prettyErrors: false });
    const issues = [...doc.errors, ...doc.warnings];
    for (const issue of issues) {
      const line = issue.linePos?.[0].line ?? this.counter.linePos(issue.pos[0]).line;
      // Without pretty errors a message is one line, with no position or excerpt of its own.
      this.log.add(this.file, line + this.firstLine - 1, `YAML: ${issue.message}`);
    }
    return issues.length > 0 ? undefined : doc.contents;
  }

  lineOf(node: Node | null | undefined, fallback: number): number {
    const offset = node?.range?.[0];
    return offset === undefined ? fallback : this.counter.linePos(offset).line + this.firstLine - 1;
  }

  problem(line: number, text: string): undefined {
    this.log.add(this.file, line, text);
    return undefined;
  }
}

/** A YAML mapping whose keys must all be known; `what` names it in messages. */
export class MapReader {
  private readonly values = new Map<string, { node: Node | null; line: number }>();

  private constructor(
    readonly src: YamlSource,
    readonly line: number,
    readonly what: string,
  ) {}

  /** undefined (after logging) when node is not a mapping. */
  static open(
    src: YamlSource,
    node: Node | null | undefined,
    fallbackLine: number,
    what: string,
    allowed: readonly string[],
  ): MapReader | undefined {
    const line = src.lineOf(node, fallbackLine);
    if (!isMap(node)) return src.problem(line, `${what} must be a mapping of fields`);
    const reader = new MapReader(src, line, what);
    reader.load(node, allowed);
    return reader;
  }

  private load(node: YAMLMap, allowed: readonly string[]): void {
    for (const pair of node.items) {
      const keyNode = isScalar(pair.key) ? pair.key : undefined;
      const key = keyNode ? String(keyNode.value) : '';
      const line = this.src.lineOf(keyNode, this.line);
      if (!allowed.includes(key)) {
        this.src.problem(line, `unknown field "${key}" in ${this.what} (allowed: ${allowed.join(', ')})`);
        continue;
      }
      const value = (pair.value ?? null) as Node | null;
      this.values.set(key, { node: value, line });
    }
  }

  /** Line of a field, or of the mapping when the field is absent. */
  lineOfField(key: string): number {
    return this.values.get(key)?.line ?? this.line;
  }

  private has(key: string): boolean {
    const node = this.values.get(key)?.node;
    return node !== undefined && !(isScalar(node) && node.value === null);
  }

  private node(key: string): Node | null | undefined {
    return this.values.get(key)?.node;
  }

  private missing(key: string): undefined {
    return this.src.problem(this.lineOfField(key), `missing field "${key}" in ${this.what}`);
  }

  /** A non-empty single-line or folded text. Numbers are read as written (date: 2023). */
  string(key: string): string | undefined {
    if (!this.has(key)) return this.missing(key);
    const node = this.node(key);
    const text = isScalar(node) ? scalarText(node.value, node.source) : undefined;
    const line = this.lineOfField(key);
    if (text === undefined) return this.src.problem(line, `field "${key}" in ${this.what} must be text`);
    if (text.trim() === '') return this.src.problem(line, `field "${key}" in ${this.what} is empty`);
    return text.trim();
  }

  /**
   * What a field holds at a glance: its text when it is a scalar, 'map' for a
   * mapping, 'other' for anything else, undefined when absent or null.
   */
  rawValue(key: string): string | undefined {
    if (!this.has(key)) return undefined;
    const node = this.node(key);
    if (isMap(node)) return 'map';
    return isScalar(node) ? (scalarText(node.value, node.source) ?? 'other') : 'other';
  }

  /** A string, or null when the field is absent or written as null. */
  optionalString(key: string): string | null | undefined {
    return this.has(key) ? this.string(key) : null;
  }

  boolean(key: string, fallback: boolean): boolean | undefined {
    if (!this.has(key)) return fallback;
    const node = this.node(key);
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    return this.src.problem(this.lineOfField(key), `field "${key}" in ${this.what} must be true or false`);
  }

  /** A list of non-empty texts; absent or null gives []. */
  stringList(key: string): Located<string>[] | undefined {
    const list = this.list(key);
    if (!list) return list;
    const out: Located<string>[] = [];
    let ok = true;
    for (const item of list) {
      const text = isScalar(item.node) ? scalarText(item.node.value, item.node.source)?.trim() : undefined;
      if (!text) {
        this.src.problem(item.line, `every entry of "${key}" in ${this.what} must be non-empty text`);
        ok = false;
      } else out.push({ value: text, line: item.line });
    }
    return ok ? out : undefined;
  }

  /** The items of a list field with their lines; absent or null gives []. */
  list(key: string): ListItem[] | undefined {
    if (!this.has(key)) return [];
    return readList(this.src, this.node(key), this.lineOfField(key), `field "${key}" in ${this.what}`);
  }

  /** A nested mapping with its own allowed fields. */
  map(key: string, allowed: readonly string[]): MapReader | undefined {
    if (!this.has(key)) return this.missing(key);
    return MapReader.open(this.src, this.node(key), this.lineOfField(key), `"${key}" of ${this.what}`, allowed);
  }
}

export interface ListItem {
  node: Node | null;
  line: number;
}

/** The items of a YAML sequence with their lines; undefined (after logging) when node is not one. */
export function readList(src: YamlSource, node: Node | null | undefined, line: number, what: string): ListItem[] | undefined {
  if (!isSeq(node)) return src.problem(src.lineOf(node, line), `${what} must be a list`);
  return node.items.map((item) => {
    const itemNode = (item ?? null) as Node | null;
    return { node: itemNode, line: src.lineOf(itemNode, line) };
  });
}

function scalarText(value: unknown, source: string | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return source ?? String(value);
  return undefined;
}
