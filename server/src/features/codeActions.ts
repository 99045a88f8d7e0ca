/**
 * Quick fixes from `Diagnostic.data`, and a "fix all" source action applying every preferred fix once.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import { fixesOf } from './diagnosticData';

/** Kind of our "fix all" action. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.ptpconf`;

/** Quick fixes for the diagnostics in a request. */
export function quickFixes(uri: string, diagnostics: Diagnostic[]): CodeAction[] {
	const actions: CodeAction[] = [];
	for (const d of diagnostics) {
		for (const f of fixesOf(d.data)) {
			actions.push({
				title: f.title,
				kind: CodeActionKind.QuickFix,
				diagnostics: [d],
				isPreferred: f.preferred === true,
				edit: { changes: { [uri]: [{ range: f.range, newText: f.newText }] } },
			});
		}
	}
	return actions;
}

function overlaps(a: Range, b: Range): boolean {
	const before = (x: Range, y: Range): boolean => x.end.line < y.start.line || (x.end.line === y.start.line && x.end.character <= y.start.character);
	return !before(a, b) && !before(b, a);
}

/** One action applying every preferred, non-overlapping fix in the file. */
export function fixAll(uri: string, diagnostics: Diagnostic[]): CodeAction | null {
	const edits: TextEdit[] = [];
	for (const d of diagnostics) {
		const f = fixesOf(d.data).find((x) => x.preferred);
		if (f && !edits.some((e) => overlaps(e.range, f.range))) {
			edits.push({ range: f.range, newText: f.newText });
		}
	}
	if (edits.length === 0) {
		return null;
	}
	return { title: `Fix all auto-fixable problems (${edits.length})`, kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } };
}
