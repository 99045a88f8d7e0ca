/**
 * Outline for section-based documents: one symbol per section with its entries as children.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { ConfigDocument, Entry } from '../parser/ast';

function entrySymbol(e: Entry): DocumentSymbol {
	return {
		name: e.key.text,
		detail: e.value?.text ?? '',
		kind: SymbolKind.Property,
		range: e.range,
		selectionRange: e.key.range,
	};
}

/** Sections with their entries; entries before the first section come first at top level. */
export function sectionSymbols(doc: ConfigDocument): DocumentSymbol[] {
	const out: DocumentSymbol[] = doc.entries.filter((e) => !e.section).map(entrySymbol);
	for (const s of doc.sections) {
		out.push({
			name: s.header.text,
			kind: SymbolKind.Namespace,
			range: s.range,
			selectionRange: s.header.range,
			children: s.entries.map(entrySymbol),
		});
	}
	return out;
}
