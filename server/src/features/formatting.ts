/**
 * Formatting for word-based configs: strips stray indentation and trailing blanks, aligns values within a
 * section to one column, and keeps comments and values byte for byte (the daemons read values verbatim).
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../parser/ast';

/** Options of the formatter. */
export interface FormatOptions {
	/** Align values of a section in one column. */
	alignValues: boolean;
}

/** Edits that format a document; entries keep their values exactly. */
export function formatWords(doc: ConfigDocument, opts: FormatOptions): TextEdit[] {
	const edits: TextEdit[] = [];
	const groups = new Map<object | null, number>();
	for (const e of doc.entries) {
		const key = e.section ?? null;
		groups.set(key, Math.max(groups.get(key) ?? 0, e.key.text.length));
	}
	const lineText = new Map<number, string>();
	for (const e of doc.entries) {
		const width = opts.alignValues ? groups.get(e.section ?? null) ?? 0 : 0;
		const text = e.value ? `${e.key.text}${' '.repeat(Math.max(1, width - e.key.text.length + 1))}${e.value.text}` : e.key.text;
		lineText.set(e.line, text);
	}
	for (const s of doc.sections) {
		lineText.set(s.line, s.header.text);
	}
	for (const c of doc.comments) {
		lineText.set(c.line, c.token.text);
	}
	for (let i = 0; i < doc.lines.length; i++) {
		const want = lineText.get(i) ?? (doc.lines[i].trim() === '' ? '' : doc.lines[i]);
		const have = doc.lines[i].replace(/\r$/, '');
		if (want !== have) {
			edits.push({ range: { start: { line: i, character: 0 }, end: { line: i, character: have.length } }, newText: want });
		}
	}
	return edits;
}
