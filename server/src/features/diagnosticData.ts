/**
 * What a diagnostic carries for quick fixes (in `Diagnostic.data`, never in `code`).
 */
import type { Diagnostic, DiagnosticSeverity, DiagnosticTag, Range } from 'vscode-languageserver-types';

/** One text replacement offered as a quick fix. */
export interface Fix {
	/** Title of the code action, e.g. `Change to 'clockClass'`. */
	title: string;
	/** Text to replace. */
	range: Range;
	/** Replacement. */
	newText: string;
	/** Safe to apply in "fix all". */
	preferred?: boolean;
}

/** Payload of `Diagnostic.data`. */
export interface DiagnosticData {
	/** Quick fixes, best first. */
	fixes?: Fix[];
}

/** Reads the fixes of a diagnostic, tolerating foreign data. */
export function fixesOf(data: unknown): Fix[] {
	const d = data as DiagnosticData | undefined;
	return Array.isArray(d?.fixes) ? d.fixes : [];
}

/** Makes a diagnostic of a language (`source`), with quick fixes in `data` and optional tags. */
export function makeDiagnostic(source: string, range: Range, severity: DiagnosticSeverity, code: string, message: string, fixes?: Fix[], tags?: DiagnosticTag[]): Diagnostic {
	const d: Diagnostic = { range, severity, code, source, message };
	if (fixes && fixes.length > 0) {
		d.data = { fixes } satisfies DiagnosticData;
	}
	if (tags) {
		d.tags = tags;
	}
	return d;
}
