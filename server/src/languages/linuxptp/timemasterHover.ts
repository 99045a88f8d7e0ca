/**
 * Hover for timemaster.conf: sections and their settings.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../../parser/ast';
import { cursorContext } from '../../features/cursorContext';
import { manPageUrl } from './manPages';
import { timemasterHeader } from './timemaster';
import { timemasterSection } from './timemasterTable';
import type { LinuxptpRelease } from './options';

const LINK = `[timemaster.8](${manPageUrl('timemaster.8')})`;

/** Computes hover for timemaster.conf. */
export function timemasterHover(doc: ConfigDocument, p: Position, release: LinuxptpRelease): Hover | null {
	const ctx = cursorContext(doc, p);
	if (ctx.kind === 'header') {
		const kind = timemasterSection(timemasterHeader(ctx.section).name);
		return kind ? { contents: { kind: MarkupKind.Markdown, value: `**[${kind.name}]** — ${kind.doc}\n\n${LINK}` }, range: ctx.section.header.range } : null;
	}
	if ((ctx.kind !== 'key' && ctx.kind !== 'value') || !ctx.section) {
		return null;
	}
	const kind = timemasterSection(timemasterHeader(ctx.section).name);
	if (!kind || kind.settings === 'raw') {
		return null;
	}
	const st = kind.settings.find((x) => x.name === ctx.entry.key.text.toLowerCase());
	if (!st) {
		return null;
	}
	const since = st.since ? ` · since linuxptp ${st.since}${release < st.since ? ` (not in ${release})` : ''}` : '';
	return {
		contents: { kind: MarkupKind.Markdown, value: `**${st.name}** — \`[${kind.name}]\` · ${st.value}${st.values ? ` (${st.values.join(', ')})` : ''}${since}\n\n${st.doc}\n\n${LINK}` },
		range: ctx.entry.key.range,
	};
}
