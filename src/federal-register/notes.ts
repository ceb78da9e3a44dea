/**
 * Federal Register disposition notes ("Revokes: EO 12259, December 31, 1980") read into
 * graph relations. Each relation is normalised so that both orders' notes about the same fact
 * ("A Revokes: B" on A, "Revoked by: A" on B) give the same (type, from, to) key, which is
 * what lets mergeRelations meet them and the loader MERGE one edge.
 */
import { NoteItem, readNoteItem, splitItems } from './note-items';

export type RelationType = 'REVOKES' | 'AMENDS' | 'SUPERSEDES' | 'CONTINUES' | 'SEE_ALSO' | 'SUSPENDS';

export interface NoteRelation {
  type: RelationType;
  from: string;
  to: string;
  inPart: boolean;
  line: string; // the note line, verbatim, as provenance
  statedBy: string; // the order whose note says it
  mentioned: NoteItem; // what the item said about the other document (its date, FR citation)
}

export interface NoteProblem {
  orderId: string;
  line: string;
  item: string;
  reason: string;
  kept: boolean; // true when the item still gave a relation (its target was certain)
}

interface Label {
  type: RelationType;
  incoming: boolean; // "Revoked by: X" on A means X -> A
  inPart: boolean;
}

const VERBS: Record<string, [RelationType, boolean]> = {
  revokes: ['REVOKES', false],
  'revoked by': ['REVOKES', true],
  // The FR writes "Rescinded by" for orders undone by a later order: the same legal effect as
  // revocation, so it becomes REVOKES and meets the revoking order's own "Revokes:" line.
  rescinds: ['REVOKES', false],
  'rescinded by': ['REVOKES', true],
  amends: ['AMENDS', false],
  'amended by': ['AMENDS', true],
  supersedes: ['SUPERSEDES', false],
  'superseded by': ['SUPERSEDES', true],
  continues: ['CONTINUES', false],
  'continued by': ['CONTINUES', true],
  suspends: ['SUSPENDS', false],
  'suspended by': ['SUSPENDS', true],
  see: ['SEE_ALSO', false],
  'see also': ['SEE_ALSO', false],
};

/** "Revoked in part by" -> revoked by, in part; "Revokes in part" -> revokes, in part. */
function readLabel(raw: string): Label | undefined {
  const words = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  const inPart = / in part\b/.test(words);
  const verb = VERBS[words.replace(' in part', '')];
  return verb ? { type: verb[0], incoming: verb[1], inPart } : undefined;
}

interface NoteLine {
  text: string; // verbatim, continuation lines included
  label?: Label;
  labelText: string;
  list: string;
}

// "See EO 12974, ..." appears without a colon (EO 12912), so "See" is accepted bare.
const LABELLED = /^\s*([A-Za-z][A-Za-z ]*?)\s*:\s*|^\s*(See)\s+(?=\S)/;

/**
 * Splits on CRLF or LF. A piece without a label continues the line before it: a recorded
 * line can hold a bare LF (EO 12922's "...;;\n ;"), and its tail must not be lost or misread.
 */
function noteLines(notes: string): { lines: NoteLine[]; orphans: string[] } {
  const lines: NoteLine[] = [];
  const orphans: string[] = [];
  for (const piece of notes.split(/\r?\n/)) {
    const m = LABELLED.exec(piece);
    const labelText = m ? (m[1] ?? m[2]) : '';
    const label = m ? readLabel(labelText) : undefined;
    const prev = lines[lines.length - 1];
    if (m) {
      lines.push({ text: piece, label, labelText, list: piece.slice(m[0].length) });
    } else if (prev) {
      prev.text += `\n${piece}`;
      prev.list += `;${piece}`;
    } else if (piece.trim() !== '') {
      orphans.push(piece);
    }
  }
  return { lines, orphans };
}

function relationFor(label: Label, item: NoteItem, orderId: string, line: string): NoteRelation {
  let [from, to] = label.incoming ? [item.id, orderId] : [orderId, item.id];
  // "See" has no direction: ordering the ends lets "A See: B" and "B See: A" meet.
  if (label.type === 'SEE_ALSO' && to < from) [from, to] = [to, from];
  const inPart = label.inPart || item.inPart;
  return { type: label.type, from, to, inPart, line, statedBy: orderId, mentioned: item };
}

/**
 * Reads one order's disposition notes. Every line and item that can be read gives a
 * relation; one that cannot becomes a problem and the rest still parses.
 */
export function parseDispositionNotes(
  notes: string,
  orderId: string,
): { relations: NoteRelation[]; problems: NoteProblem[] } {
  const relations: NoteRelation[] = [];
  const problems: NoteProblem[] = [];
  const { lines, orphans } = noteLines(notes);
  for (const orphan of orphans) {
    problems.push({ orderId, line: orphan, item: orphan.trim(), reason: 'line has no relation label', kept: false });
  }
  for (const line of lines) {
    const { label } = line;
    if (!label) {
      const reason = `unknown relation "${line.labelText}"`;
      problems.push({ orderId, line: line.text, item: line.list.trim(), reason, kept: false });
      continue;
    }
    for (const text of splitItems(line.list)) {
      const { item, error } = readNoteItem(text);
      const selfReference = item?.id === orderId;
      if (error || selfReference) {
        const reason = error ?? 'the order refers to itself';
        problems.push({ orderId, line: line.text, item: text, reason, kept: !!item && !selfReference });
      }
      if (item && !selfReference) relations.push(relationFor(label, item, orderId, line.text));
    }
  }
  return { relations, problems };
}

export interface MergedRelation {
  type: RelationType;
  from: string;
  to: string;
  inPart: boolean; // true when any statement says "in part": the narrower claim is the safer one
  provenance: { statedBy: string; line: string }[];
}

export function relationKey(r: { type: RelationType; from: string; to: string }): string {
  return `${r.type}|${r.from}|${r.to}`;
}

/** One relation per (type, from, to), keeping every distinct statement of it, in input order. */
export function mergeRelations(all: NoteRelation[]): MergedRelation[] {
  const merged = new Map<string, MergedRelation>();
  for (const r of all) {
    const key = relationKey(r);
    const m = merged.get(key) ?? { type: r.type, from: r.from, to: r.to, inPart: false, provenance: [] };
    m.inPart = m.inPart || r.inPart;
    if (!m.provenance.some((p) => p.statedBy === r.statedBy && p.line === r.line)) {
      m.provenance.push({ statedBy: r.statedBy, line: r.line });
    }
    merged.set(key, m);
  }
  return [...merged.values()];
}
