/**
 * Placeholders left from a how-to (`[NIC here]`, `<interface>`, `YOUR_IFACE`): the daemons often accept them
 * at parse time and then fail on the host, so we point at them.
 */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { Code } from '../../features/codes';

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
