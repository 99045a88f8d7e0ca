/**
 * What is under the cursor: a section header, the key of an entry, its value, a comment, or a blank spot.
 */
import type { Position } from 'vscode-languageserver-types';
import type { ConfigDocument, Entry, Section, Token } from '../parser/ast';

/** The cursor's place in the document. */
export type CursorContext =
	| { kind: 'header'; section: Section }
	| { kind: 'key'; entry: Entry; section: Section | null }
	/** `arg` is the value word under the cursor (index into entry.args), or -1 between words. */
	| { kind: 'value'; entry: Entry; section: Section | null; arg: number; token: Token | null }
	| { kind: 'comment' }
	| { kind: 'blank'; section: Section | null; prefix: string };

function within(t: Token, p: Position): boolean {
	return t.range.start.line === p.line && t.range.start.character <= p.character && p.character <= t.range.end.character;
}

/** The section a line belongs to (the last header at or above it). */
export function sectionAt(doc: ConfigDocument, line: number): Section | null {
	let found: Section | null = null;
	for (const s of doc.sections) {
		if (s.line <= line) {
			found = s;
		} else {
			break;
		}
	}
	return found;
}

/** Classifies a position. */
export function cursorContext(doc: ConfigDocument, p: Position): CursorContext {
	const text = doc.lines[p.line] ?? '';
	const section = sectionAt(doc, p.line);
	if (section && section.line === p.line) {
		return { kind: 'header', section };
	}
	if (doc.comments.some((c) => c.line === p.line && c.token.range.start.character <= p.character)) {
		return { kind: 'comment' };
	}
	const entry = doc.entries.find((e) => e.line === p.line);
	if (!entry) {
		return { kind: 'blank', section, prefix: text.slice(0, p.character).trimStart() };
	}
	if (p.character <= entry.key.range.end.character) {
		return { kind: 'key', entry, section };
	}
	const arg = entry.args.findIndex((a) => within(a, p));
	return { kind: 'value', entry, section, arg, token: arg >= 0 ? entry.args[arg] : null };
}
