/**
 * Completion for timemaster.conf: section headers and the settings of the current section.
 */
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../../parser/ast';
import { cursorContext } from '../../features/cursorContext';
import { timemasterHeader } from './timemaster';
import { TIMEMASTER_SECTIONS, timemasterSection } from './timemasterTable';

function headers(): CompletionItem[] {
	return TIMEMASTER_SECTIONS.map((s) => ({
		label: `[${s.name}${s.parameter === 'address' ? ' ADDRESS' : s.parameter === 'int' ? ' N' : ''}]`,
		kind: CompletionItemKind.Module,
		documentation: s.doc,
		insertText: s.parameter === 'address' ? `[${s.name} \${1:192.0.2.1}]` : s.parameter === 'int' ? `[${s.name} \${1:0}]\ninterfaces \${2:eth0}` : `[${s.name}]`,
		insertTextFormat: InsertTextFormat.Snippet,
	}));
}

/** Computes completion items for timemaster.conf. */
export function timemasterCompletion(doc: ConfigDocument, p: Position): CompletionItem[] {
	const ctx = cursorContext(doc, p);
	const line = doc.lines[p.line] ?? '';
	if (ctx.kind === 'header' || line.trimStart().startsWith('[')) {
		return headers();
	}
	if (ctx.kind === 'comment' || !('section' in ctx) || !ctx.section) {
		return ctx.kind === 'blank' ? headers() : [];
	}
	const kind = timemasterSection(timemasterHeader(ctx.section).name);
	if (!kind || kind.settings === 'raw') {
		return [];
	}
	if (ctx.kind === 'value') {
		const st = kind.settings.find((x) => x.name === ctx.entry.key.text.toLowerCase());
		return (st?.values ?? (st?.value === 'bool' ? ['0', '1'] : [])).map((v) => ({ label: v, kind: CompletionItemKind.EnumMember }));
	}
	const items: CompletionItem[] = kind.settings.map((st) => ({ label: st.name, kind: CompletionItemKind.Property, detail: st.value, documentation: st.doc }));
	if (ctx.kind === 'blank' && ctx.prefix === '') {
		items.push(...headers());
	}
	return items;
}
