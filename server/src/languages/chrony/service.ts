/**
 * The `chrony` language: chrony.conf, conf.d/*.conf and sourcedir `.sources` files.
 */
import { SymbolKind, type CompletionItem, type Diagnostic, type DocumentLink, type DocumentSymbol, type Hover, type Position } from 'vscode-languageserver-types';
import { chronyLinks } from '../../features/documentLinks';
import type { WorkspaceIndex } from '../../features/workspaceIndex';
import type { ConfigDocument } from '../../parser/ast';
import { parseWords, reparseWords } from '../../parser/wordParser';
import type { DocContext, LanguageService } from '../spec';
import { withReleaseNote } from '../releases';
import { valuePlaceholders } from '../../features/placeholders';
import { chooseChronyRelease, limitsFor, type ChronyRelease } from './options';
import { parseChrony, SOURCE } from './validate';
import { chronyExpert } from './expert';
import { chronyCompletion } from './completion';
import { chronyHover } from './hover';
import { CHRONY_DIRECTIVE_DOCS } from './docs';

const SYNTAX = { commentChars: limitsFor('4.9').commentChars, sections: false };

/** Release, note and file type for a document. */
export function chronyTarget(uri: string, ctx: DocContext): { release: ChronyRelease; note?: string; sources: boolean } {
	const choice = chooseChronyRelease(ctx.settings.chrony.version);
	return { release: choice.release, note: choice.note, sources: /\.sources$/i.test(uri) };
}

/** The chrony language service. */
export const chronyService: LanguageService = {
	languageId: 'chrony',
	parse(text: string): ConfigDocument {
		return parseWords('chrony', text, SYNTAX);
	},
	reparse(prev: ConfigDocument, text: string): ConfigDocument {
		return reparseWords(prev, text, SYNTAX);
	},
	diagnostics(doc: ConfigDocument, ctx: DocContext): Diagnostic[] {
		const { release, sources } = chronyTarget(ctx.uri, ctx);
		const parsed = parseChrony(doc, { release, sources, finalNewline: doc.finalNewline ?? true });
		const out = [...parsed.diagnostics];
		out.push(...valuePlaceholders(doc, SOURCE));
		if (ctx.settings.diagnostics.expertWarnings) {
			out.push(...chronyExpert(doc, parsed, release, sources));
		}
		return out;
	},
	completion(doc: ConfigDocument, p: Position, ctx: DocContext): CompletionItem[] {
		const { release, sources } = chronyTarget(ctx.uri, ctx);
		return chronyCompletion(doc, p, release, sources);
	},
	hover(doc: ConfigDocument, p: Position, ctx: DocContext): Hover | null {
		const { release, note } = chronyTarget(ctx.uri, ctx);
		return withReleaseNote(chronyHover(doc, p, release), note);
	},
	alignValues: false,
	links(doc: ConfigDocument, index: WorkspaceIndex): DocumentLink[] {
		return chronyLinks(doc, index);
	},
	symbols(doc: ConfigDocument): DocumentSymbol[] {
		// chrony has no sections: group the outline by the manual's directive groups.
		const groups = new Map<string, DocumentSymbol>();
		for (const e of doc.entries) {
			const group = CHRONY_DIRECTIVE_DOCS[e.key.text.toLowerCase()]?.group ?? 'other';
			let g = groups.get(group);
			if (!g) {
				g = { name: group, kind: SymbolKind.Namespace, range: e.range, selectionRange: e.key.range, children: [] };
				groups.set(group, g);
			}
			g.children!.push({ name: e.key.text, detail: e.value?.text ?? '', kind: SymbolKind.Property, range: e.range, selectionRange: e.key.range });
			g.range = { start: g.range.start, end: e.range.end };
		}
		return [...groups.values()];
	},
};
