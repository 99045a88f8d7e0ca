/**
 * Folding ranges: each section, and runs of three or more comment lines.
 */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../parser/ast';

/** Folding ranges of a document. */
export function foldingRanges(doc: ConfigDocument): FoldingRange[] {
	const out: FoldingRange[] = [];
	for (const s of doc.sections) {
		if (s.range.end.line > s.line) {
			out.push({ startLine: s.line, endLine: s.range.end.line });
		}
	}
	let start = -1;
	let prev = -2;
	const flush = (): void => {
		if (start >= 0 && prev - start >= 2) {
			out.push({ startLine: start, endLine: prev, kind: FoldingRangeKind.Comment });
		}
	};
	for (const c of doc.comments) {
		if (c.line !== prev + 1) {
			flush();
			start = c.line;
		}
		prev = c.line;
	}
	flush();
	return out;
}
