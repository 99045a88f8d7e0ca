/**
 * Tokenizer for word-based configs: linuxptp (`[section]` + `key value`) and chrony (`directive args…`).
 * Mirrors how the daemons split a line, so ranges point at what the daemon looked at. Never throws.
 */
import { lineRange, type Comment, type ConfigDocument, type Entry, type Section, type Token } from './ast';

/** How a language's lines are split. */
export interface WordSyntax {
	/** Characters that start a whole-line comment when they are the first non-blank character. */
	commentChars: string;
	/** Whether `[…]` lines open sections. */
	sections: boolean;
}

/** isspace() in the C locale: space, \t, \n, \v, \f, \r. */
function isBlankCode(c: number): boolean {
	return c === 32 || (c >= 9 && c <= 13);
}

function isBlank(ch: string | undefined): boolean {
	return ch !== undefined && isBlankCode(ch.charCodeAt(0));
}

/** Splits text into lines the way fgets() does (a final line without newline still counts). */
export function splitLines(text: string): string[] {
	const lines = text.split('\n');
	if (lines.length > 1 && lines[lines.length - 1] === '') {
		lines.pop();
	}
	return lines;
}

function words(line: number, text: string, offset: number): Token[] {
	const out: Token[] = [];
	const re = /[^ \t\n\v\f\r]+/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text)) !== null) {
		out.push({ text: m[0], range: lineRange(line, offset + m.index, offset + m.index + m[0].length) });
	}
	return out;
}

/** Parses a document. */
export function parseWords(languageId: string, text: string, syntax: WordSyntax): ConfigDocument {
	const lines = splitLines(text);
	const doc: ConfigDocument = { languageId, lines, finalNewline: text.endsWith('\n'), sections: [], entries: [], comments: [], problems: [] };
	let section: Section | null = null;
	const closeSection = (endLine: number): void => {
		if (section) {
			const last = Math.max(section.line, endLine);
			section.range = { start: section.range.start, end: { line: last, character: lines[last]?.length ?? 0 } };
		}
	};
	for (let i = 0; i < lines.length; i++) {
		const piece = parseLine(lines[i], i, syntax);
		if (piece === null) {
			continue;
		}
		if (piece.kind === 'comment') {
			doc.comments.push(piece.comment);
		} else if (piece.kind === 'header') {
			closeSection(lastContentLine(lines, i - 1));
			section = piece.section;
			doc.sections.push(section);
		} else {
			piece.entry.section = section;
			doc.entries.push(piece.entry);
			section?.entries.push(piece.entry);
		}
	}
	closeSection(lastContentLine(lines, lines.length - 1));
	return doc;
}

type LinePiece =
	| { kind: 'comment'; comment: Comment }
	| { kind: 'header'; section: Section }
	| { kind: 'entry'; entry: Entry };

/** Tokenizes one line (null for a blank line); entries come without their section. */
function parseLine(raw: string, i: number, syntax: WordSyntax): LinePiece | null {
	let start = 0;
	while (start < raw.length && isBlankCode(raw.charCodeAt(start))) {
		start++;
	}
	if (start === raw.length) {
		return null;
	}
	let end = raw.length;
	while (end > start && isBlankCode(raw.charCodeAt(end - 1))) {
		end--;
	}
	const body = raw.slice(start, end);
	if (syntax.commentChars.includes(body[0])) {
		return { kind: 'comment', comment: { line: i, token: { text: body, range: lineRange(i, start, end) } } };
	}
	if (syntax.sections && body[0] === '[') {
		const close = body.indexOf(']');
		const innerRaw = close < 0 ? body.slice(1) : body.slice(1, close);
		const lead = innerRaw.length - innerRaw.trimStart().length;
		const inner = innerRaw.trim();
		const innerStart = start + 1 + lead;
		// linuxptp turns every bracket into a blank and takes the first word as the port name.
		const firstWord = body.replace(/[[\]]/g, ' ').trim().split(/[ \t\n\v\f\r]+/)[0] ?? '';
		return {
			kind: 'header',
			section: {
				name: firstWord,
				header: { text: body, range: lineRange(i, start, end) },
				inner: { text: inner, range: lineRange(i, innerStart, innerStart + inner.length) },
				line: i,
				range: lineRange(i, start, end),
				entries: [],
				unclosed: close < 0,
			},
		};
	}
	let k = start;
	while (k < end && !isBlank(raw[k])) {
		k++;
	}
	const key: Token = { text: raw.slice(start, k), range: lineRange(i, start, k) };
	let v = k;
	while (v < end && isBlank(raw[v])) {
		v++;
	}
	const value: Token | null = v < end ? { text: raw.slice(v, end), range: lineRange(i, v, end) } : null;
	return { kind: 'entry', entry: { line: i, key, value, args: value ? words(i, value.text, v) : [], section: null, range: lineRange(i, start, end) } };
}

/**
 * Re-parses after an edit. When the edit only changed setting lines into other setting lines (typing inside a value
 * or key), the previous tree is reused and only those entries are replaced; anything else is a full parse.
 */
export function reparseWords(prev: ConfigDocument, text: string, syntax: WordSyntax): ConfigDocument {
	const lines = splitLines(text);
	if (lines.length !== prev.lines.length) {
		return parseWords(prev.languageId, text, syntax);
	}
	const changed: number[] = [];
	for (let i = 0; i < lines.length; i++) {
		if (lines[i] !== prev.lines[i]) {
			changed.push(i);
			if (changed.length > 16) {
				return parseWords(prev.languageId, text, syntax);
			}
		}
	}
	const index = entryIndex(prev);
	const replacements: { at: number; entry: Entry }[] = [];
	for (const i of changed) {
		const at = index.get(i);
		const piece = parseLine(lines[i], i, syntax);
		if (at === undefined || piece?.kind !== 'entry') {
			return parseWords(prev.languageId, text, syntax);
		}
		replacements.push({ at, entry: piece.entry });
	}
	const entries = prev.entries.slice();
	for (const { at, entry } of replacements) {
		const old = entries[at];
		entry.section = old.section;
		entries[at] = entry;
		if (old.section) {
			// Sections are shared with the previous tree, which is discarded once this one exists.
			const j = old.section.entries.indexOf(old);
			old.section.entries[j] = entry;
			if (old.section.range.end.line === entry.line) {
				old.section.range = { start: old.section.range.start, end: { line: entry.line, character: lines[entry.line].length } };
			}
		}
	}
	const doc: ConfigDocument = { ...prev, lines, entries, finalNewline: text.endsWith('\n') };
	ENTRY_INDEX.set(doc, index);
	return doc;
}

const ENTRY_INDEX = new WeakMap<ConfigDocument, Map<number, number>>();

function entryIndex(doc: ConfigDocument): Map<number, number> {
	let m = ENTRY_INDEX.get(doc);
	if (!m) {
		m = new Map(doc.entries.map((e, i) => [e.line, i]));
		ENTRY_INDEX.set(doc, m);
	}
	return m;
}

function lastContentLine(lines: string[], from: number): number {
	let i = from;
	while (i > 0 && lines[i].trim() === '') {
		i--;
	}
	return Math.max(i, 0);
}
