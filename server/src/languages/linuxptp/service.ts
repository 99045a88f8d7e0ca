/**
 * The `linuxptp` language: ptp4l, ts2phc, phc2sys and timemaster config files.
 */
import { type CompletionItem, type Diagnostic, type DocumentSymbol, type Hover, type Position } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../../parser/ast';
import { parseWords, reparseWords } from '../../parser/wordParser';
import { sectionSymbols } from '../../features/symbols';
import type { DocContext, LanguageService } from '../spec';
import { withReleaseNote } from '../releases';
import { chooseRelease, type LinuxptpRelease } from './options';
import { detectKind, type LinuxptpKind } from './kind';
import { parseLinuxptp, SOURCE } from './validate';
import { checkTimemaster } from './timemaster';
import { linuxptpCompletion } from './completion';
import { linuxptpHover } from './hover';
import { findPlaceholder, placeholderDiagnostic, valuePlaceholders } from '../../features/placeholders';
import { semanticChecks } from './semantic';
import { expertChecks } from './expert';

const SYNTAX = { commentChars: '#', sections: true };

/** Release and program for a document. */
export function linuxptpTarget(doc: ConfigDocument, ctx: DocContext): { release: LinuxptpRelease; kind: LinuxptpKind; note?: string } {
	const choice = chooseRelease(ctx.settings.linuxptp.version);
	return { release: choice.release, kind: detectKind(ctx.uri, doc), note: choice.note };
}

function placeholders(doc: ConfigDocument): Diagnostic[] {
	const out: Diagnostic[] = [];
	for (const s of doc.sections) {
		const p = findPlaceholder(s.header.text);
		if (p && p.index === 0 && p.text === s.header.text) {
			out.push(placeholderDiagnostic(s.header.range, s.header.text, SOURCE, 'interface name'));
		}
	}
	out.push(...valuePlaceholders(doc, SOURCE));
	return out;
}

/** The linuxptp language service. */
export const linuxptpService: LanguageService = {
	languageId: 'linuxptp',
	parse(text: string): ConfigDocument {
		return parseWords('linuxptp', text, SYNTAX);
	},
	reparse(prev: ConfigDocument, text: string): ConfigDocument {
		return reparseWords(prev, text, SYNTAX);
	},
	diagnostics(doc: ConfigDocument, ctx: DocContext): Diagnostic[] {
		const { release, kind } = linuxptpTarget(doc, ctx);
		const out = placeholders(doc);
		if (kind === 'timemaster') {
			out.push(...checkTimemaster(doc, release));
			return out;
		}
		const parsed = parseLinuxptp(doc, { release, renameHints: ctx.settings.diagnostics.renameHints });
		out.push(...parsed.diagnostics);
		if (!parsed.diagnostics.some((d) => d.severity === 1)) {
			out.push(...semanticChecks(doc, parsed, release, kind));
		}
		if (ctx.settings.diagnostics.expertWarnings) {
			out.push(...expertChecks(doc, parsed, release, kind));
		}
		return out;
	},
	completion(doc: ConfigDocument, p: Position, ctx: DocContext): CompletionItem[] {
		const { release, kind } = linuxptpTarget(doc, ctx);
		return linuxptpCompletion(doc, p, release, kind);
	},
	hover(doc: ConfigDocument, p: Position, ctx: DocContext): Hover | null {
		const { release, kind, note } = linuxptpTarget(doc, ctx);
		// A version setting we do not know (e.g. a newer release) is explained where the release shows: in hovers.
		return withReleaseNote(linuxptpHover(doc, p, release, kind), note);
	},
	alignValues: true,
	symbols(doc: ConfigDocument): DocumentSymbol[] {
		return sectionSymbols(doc);
	},
};
