/**
 * Diagnostics for any served document (the same function backs pull and push diagnostics and the CLI).
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../parser/ast';
import type { DocContext, LanguageService } from '../languages/spec';

/** Computes diagnostics, sorted by position; a failure inside a language module becomes one diagnostic, never a throw. */
export function computeDiagnostics(service: LanguageService, doc: ConfigDocument, ctx: DocContext): Diagnostic[] {
	let list: Diagnostic[];
	try {
		list = service.diagnostics(doc, ctx);
	} catch (err) {
		return [{
			range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
			severity: 2,
			source: service.languageId,
			code: 'internal-error',
			message: `ptpconf could not check this file: ${err instanceof Error ? err.message : String(err)}`,
		}];
	}
	return list.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
