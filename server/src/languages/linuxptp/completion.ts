/**
 * Completion for linuxptp files: option names valid in the section and release, values (enum labels,
 * booleans, well-known codes), and section headers.
 */
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../../parser/ast';
import { cursorContext } from '../../features/cursorContext';
import { CLOCK_ACCURACY_MEANINGS, TIME_SOURCE_MEANINGS, describeClockClass } from './docs';
import { optionMarkdown } from './hover';
import { optionsFor, renameIn, type LinuxptpRelease, type ResolvedOption } from './options';
import { ptpSectionKind } from './sections';
import type { LinuxptpKind } from './kind';
import { timemasterCompletion } from './timemasterCompletion';

const WELL_KNOWN_CLOCK_CLASSES = [6, 7, 13, 14, 52, 58, 135, 140, 150, 160, 165, 187, 193, 248, 255];

function detailOf(o: ResolvedOption): string {
	const type = o.kind === 'enum' ? (o.values ?? []).join('|') : o.kind === 'string' ? 'string'
		: o.min === 0 && o.max === 1 ? '0|1' : `${o.kind} ${o.min}…${o.max === Number.MAX_VALUE ? '∞' : o.max}`;
	return `${type} = ${o.default === null ? '(none)' : String(o.default)} · ${o.scope}${o.since !== '3.1' ? ` · since ${o.since}` : ''}`;
}

function programFits(o: ResolvedOption, kind: LinuxptpKind): boolean {
	const programs = o.doc?.programs;
	if (!programs || programs.length === 0) {
		return true;
	}
	return programs.includes(kind as 'ptp4l' | 'ts2phc' | 'phc2sys');
}

/** Option-name items for a section. */
function optionItems(release: LinuxptpRelease, inPort: boolean, kind: LinuxptpKind, present: Set<string>): CompletionItem[] {
	const items: CompletionItem[] = [];
	for (const o of optionsFor(release).values()) {
		if (inPort && o.scope === 'global') {
			continue;
		}
		if (renameIn(o.name, release)) {
			continue;
		}
		const fits = programFits(o, kind);
		items.push({
			label: o.name,
			kind: CompletionItemKind.Property,
			detail: detailOf(o),
			documentation: { kind: MarkupKind.Markdown, value: optionMarkdown(o, release) },
			insertText: `${o.name} ${defaultSnippet(o)}`,
			insertTextFormat: InsertTextFormat.Snippet,
			// Options of the file's own program first, then the rest; options already set sink.
			sortText: `${fits ? '0' : '1'}${present.has(o.name) ? '1' : '0'}${o.name.toLowerCase()}`,
			filterText: o.name,
		});
	}
	return items;
}

function defaultSnippet(o: ResolvedOption): string {
	if (o.kind === 'enum' && o.values) {
		const def = o.values.indexOf(String(o.default));
		const ordered = def > 0 ? [o.values[def], ...o.values.filter((_, i) => i !== def)] : [...o.values];
		return `\${1|${ordered.join(',')}|}`;
	}
	if (o.min === 0 && o.max === 1) {
		return `\${1|${o.default === 1 ? '1,0' : '0,1'}|}`;
	}
	const d = o.default === null ? '' : String(o.default);
	return `\${1:${d.replace(/[$}\\]/g, '\\$&')}}`;
}

/** Value items for an option. */
export function valueItems(o: ResolvedOption): CompletionItem[] {
	if (o.kind === 'enum') {
		return (o.values ?? []).map((v) => ({
			label: v,
			kind: CompletionItemKind.EnumMember,
			detail: v === o.default ? 'default' : undefined,
			documentation: o.doc?.values?.[v],
		}));
	}
	if (o.min === 0 && o.max === 1) {
		return [
			{ label: '1', kind: CompletionItemKind.Value, detail: o.default === 1 ? 'on (default)' : 'on' },
			{ label: '0', kind: CompletionItemKind.Value, detail: o.default === 0 ? 'off (default)' : 'off' },
		];
	}
	const codes = (table: Record<number, string>, hex: boolean): CompletionItem[] => Object.entries(table).map(([k, v]) => ({
		label: hex ? `0x${Number(k).toString(16).toUpperCase().padStart(2, '0')}` : k,
		kind: CompletionItemKind.Value,
		detail: v,
		sortText: k.padStart(4, '0'),
	}));
	switch (o.name) {
		case 'timeSource':
			return codes(TIME_SOURCE_MEANINGS, true);
		case 'clockAccuracy':
			return codes(CLOCK_ACCURACY_MEANINGS, true);
		case 'clockClass':
			return WELL_KNOWN_CLOCK_CLASSES.map((c) => ({ label: String(c), kind: CompletionItemKind.Value, detail: describeClockClass(c), sortText: String(c).padStart(4, '0') }));
		default:
			return o.default !== null && o.default !== '' ? [{ label: String(o.default), kind: CompletionItemKind.Value, detail: 'default' }] : [];
	}
}

function headerItems(doc: ConfigDocument): CompletionItem[] {
	const items: CompletionItem[] = [];
	if (!doc.sections.some((s) => ptpSectionKind(s) === 'global')) {
		items.push({ label: '[global]', kind: CompletionItemKind.Module, detail: 'clock-wide settings', sortText: '0' });
	}
	items.push({ label: '[unicast_master_table]', kind: CompletionItemKind.Module, detail: 'unicast server list', insertText: '[unicast_master_table]\ntable_id ${1:1}\n${2|UDPv4,UDPv6,L2|} ${3:192.0.2.1}', insertTextFormat: InsertTextFormat.Snippet, sortText: '2' });
	items.push({ label: '[interface]', kind: CompletionItemKind.Module, detail: 'port section', insertText: '[${1:eth0}]', insertTextFormat: InsertTextFormat.Snippet, sortText: '1' });
	return items;
}

/** Computes completion items. */
export function linuxptpCompletion(doc: ConfigDocument, p: Position, release: LinuxptpRelease, kind: LinuxptpKind): CompletionItem[] {
	if (kind === 'timemaster') {
		return timemasterCompletion(doc, p);
	}
	const ctx = cursorContext(doc, p);
	const table = optionsFor(release);
	switch (ctx.kind) {
		case 'header':
			return headerItems(doc);
		case 'comment':
			return [];
		case 'value': {
			const name = renameIn(ctx.entry.key.text, release) ?? ctx.entry.key.text;
			const o = table.get(name);
			return o ? valueItems(o) : [];
		}
		case 'key':
		case 'blank': {
			const line = doc.lines[p.line] ?? '';
			if (line.trimStart().startsWith('[')) {
				return headerItems(doc);
			}
			const section = ctx.section;
			if (section && ptpSectionKind(section) === 'unicast') {
				return ['table_id', 'logQueryInterval', 'peer_address', 'UDPv4', 'UDPv6', 'L2'].map((l) => ({ label: l, kind: CompletionItemKind.Keyword }));
			}
			const present = new Set((section?.entries ?? []).map((e) => e.key.text));
			const items = optionItems(release, section !== null && ptpSectionKind(section) === 'port', kind, present);
			if (ctx.kind === 'blank' && ctx.prefix === '') {
				items.push(...headerItems(doc));
			}
			return items;
		}
	}
	return [];
}
