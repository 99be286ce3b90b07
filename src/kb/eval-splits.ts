import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseEvalSet, type EvalQuestion } from './evaluate.js';

export type SplitName = 'dev' | 'test' | 'regression' | 'off-topic';

export interface EvalSplit {
  name: SplitName;
  files: string[];
  questions: EvalQuestion[];
  /** The split's questions per batch file (K1, K4, …), so a new batch's figures can be read on their own. */
  batches: { name: string; questions: EvalQuestion[] }[];
  /** Frozen splits are scored, never shown: the CLI prints their totals only (issue 15). */
  frozen: boolean;
}

/** The blind batches held out as the test split, frozen even before their `_meta` header is added. */
export const TEST_BATCHES: readonly string[] = ['batch-k2.jsonl', 'batch-k3.jsonl'];
export const BLIND_DIR = 'test/fixtures/kb-eval';
export const REGRESSION_FILE = 'test/fixtures/kb-eval.jsonl';
export const OFF_TOPIC_FILE = 'test/fixtures/kb/off-topic.jsonl';

/** The split a blind file's header names, read from its first line only. */
function headerSplit(file: string): string | undefined {
  const first = readFileSync(file, 'utf8').split('\n', 1)[0];
  try {
    const json = JSON.parse(first) as { _meta?: { split?: string } };
    return json._meta?.split;
  } catch {
    return undefined;
  }
}

/** batch-k4.jsonl → K4; any other file keeps its base name. */
function batchName(file: string): string {
  const name = basename(file, '.jsonl');
  return name.startsWith('batch-') ? name.slice('batch-'.length).toUpperCase() : name;
}

function load(name: SplitName, files: string[], frozen: boolean): EvalSplit {
  const present = files.filter((f) => existsSync(f));
  const batches = present.map((f) => ({ name: batchName(f), questions: parseEvalSet(readFileSync(f, 'utf8'), f) }));
  return { name, files: present, questions: batches.flatMap((b) => b.questions), batches, frozen };
}

/**
 * dev: every blind batch not held out (read misses, tune); test: the held-out batches; regression: the
 * original set, written with the articles' own wording; off-topic: questions nothing should answer.
 */
export function loadEvalSplits(root = '.'): EvalSplit[] {
  const dir = join(root, BLIND_DIR);
  const blind = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f)) : [];
  const isTest = (f: string) => TEST_BATCHES.includes(basename(f)) || headerSplit(f) === 'test';
  return [
    load('dev', blind.filter((f) => !isTest(f)), false),
    load('test', blind.filter(isTest), true),
    load('regression', [join(root, REGRESSION_FILE)], false),
    load('off-topic', [join(root, OFF_TOPIC_FILE)], false),
  ];
}
