/**
 * Tokenizer for word-based configs: linuxptp (`[section]` + `key value`) and chrony (`directive args…`).
 * Mirrors how the daemons split a line, so ranges point at what the daemon looked at. Never throws.
 */
import { lineRange, type ConfigDocument, type Entry, type Section, type Token } from './ast';

/** How a language's lines are split. */
export interface WordSyntax {
	/** Characters that start a whole-line comment when they are the first non-blank character. */
	commentChars: string;
	/** Whether `[…]` lines open sections. */
	sections: boolean;
}

// isspace() in the C locale: space, \t, \n, \v, \f, \r.
const BLANK = /[ \t\n\v\f\r]/;

function isBlank(ch: string | undefined): boolean {
	return ch !== undefined && BLANK.test(ch);
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
	const doc: ConfigDocument = { languageId, lines, sections: [], entries: [], comments: [], problems: [] };
	let section: Section | null = null;
	const closeSection = (endLine: number): void => {
		if (section) {
			const last = Math.max(section.line, endLine);
			section.range = { start: section.range.start, end: { line: last, character: lines[last]?.length ?? 0 } };
		}
	};
	for (let i = 0; i < lines.length; i++) {
		const raw = lines[i];
		let start = 0;
		while (start < raw.length && isBlank(raw[start])) {
			start++;
		}
		if (start === raw.length) {
			continue;
		}
		let end = raw.length;
		while (end > start && isBlank(raw[end - 1])) {
			end--;
		}
		const body = raw.slice(start, end);
		if (syntax.commentChars.includes(body[0])) {
			doc.comments.push({ line: i, token: { text: body, range: lineRange(i, start, end) } });
			continue;
		}
		if (syntax.sections && body[0] === '[') {
			closeSection(lastContentLine(lines, i - 1));
			const close = body.indexOf(']');
			const innerRaw = close < 0 ? body.slice(1) : body.slice(1, close);
			const lead = innerRaw.length - innerRaw.trimStart().length;
			const inner = innerRaw.trim();
			const innerStart = start + 1 + lead;
			// linuxptp turns every bracket into a blank and takes the first word as the port name.
			const firstWord = body.replace(/[[\]]/g, ' ').trim().split(/[ \t\n\v\f\r]+/)[0] ?? '';
			section = {
				name: firstWord,
				header: { text: body, range: lineRange(i, start, end) },
				inner: { text: inner, range: lineRange(i, innerStart, innerStart + inner.length) },
				line: i,
				range: lineRange(i, start, end),
				entries: [],
				unclosed: close < 0,
			};
			doc.sections.push(section);
			continue;
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
		const entry: Entry = {
			line: i,
			key,
			value,
			args: value ? words(i, value.text, v) : [],
			section,
			range: lineRange(i, start, end),
		};
		doc.entries.push(entry);
		section?.entries.push(entry);
	}
	closeSection(lastContentLine(lines, lines.length - 1));
	return doc;
}

function lastContentLine(lines: string[], from: number): number {
	let i = from;
	while (i > 0 && lines[i].trim() === '') {
		i--;
	}
	return Math.max(i, 0);
}
