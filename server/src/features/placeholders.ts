/**
 * Placeholders left from a how-to (`[NIC here]`, `<interface>`, `YOUR_IFACE`): the daemons often accept them
 * at parse time and then fail on the host, so we point at them.
 */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { Code } from './codes';
import { lineRange, type ConfigDocument, type Entry } from '../parser/ast';

/** Patterns that look like a placeholder, not a real value. */
const PLACEHOLDER = /\[[^\]\n]*\S\s+\S[^\]\n]*\]|<[A-Za-z][^<>\n]*>|\b(?:YOUR_[A-Z_]+|CHANGE_?ME|TODO|FIXME|XXX)\b/;

/** Finds a placeholder in a piece of text; returns its offset and text. */
export function findPlaceholder(text: string): { index: number; text: string } | null {
	const m = PLACEHOLDER.exec(text);
	return m ? { index: m.index, text: m[0] } : null;
}

/** A warning for a placeholder at a range. */
export function placeholderDiagnostic(range: Range, text: string, source: string, what: string): Diagnostic {
	return {
		range,
		severity: DiagnosticSeverity.Warning,
		code: Code.Placeholder,
		source,
		message: `'${text}' is a placeholder: replace it with the real ${what} before deploying.`,
	};
}

const VALUE_MEMO = new WeakMap<Entry, Diagnostic | null>();

/** Placeholder warnings in setting values (memoised per entry: unchanged lines are not scanned again). */
export function valuePlaceholders(doc: ConfigDocument, source: string): Diagnostic[] {
	const out: Diagnostic[] = [];
	for (const e of doc.entries) {
		let d = VALUE_MEMO.get(e);
		if (d === undefined) {
			const p = e.value ? findPlaceholder(e.value.text) : null;
			const start = (e.value?.range.start.character ?? 0) + (p?.index ?? 0);
			d = p ? placeholderDiagnostic(lineRange(e.line, start, start + p.text.length), p.text, source, 'value') : null;
			VALUE_MEMO.set(e, d);
		}
		if (d) {
			out.push(d);
		}
	}
	return out;
}
