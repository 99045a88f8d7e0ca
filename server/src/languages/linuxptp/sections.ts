/**
 * How linuxptp's parser classifies section headers (config.c parse_section_line): only the exact lines
 * `[global]` and `[unicast_master_table]` (any case) are special; every other `[…` line opens a port section
 * named after its first word.
 */
import type { Section } from '../../parser/ast';

/** Role of a section for ptp4l/ts2phc/phc2sys. */
export type PtpSectionKind = 'global' | 'unicast' | 'port';

/** Classifies a section the way the daemon does. */
export function ptpSectionKind(s: Section): PtpSectionKind {
	const h = s.header.text.toLowerCase();
	if (h === '[global]') {
		return 'global';
	}
	if (h === '[unicast_master_table]') {
		return 'unicast';
	}
	return 'port';
}

/** Display name used in messages: `[global]`, `[unicast_master_table]` or `[eth0]`. */
export function sectionLabel(s: Section | null): string {
	if (!s) {
		return 'the lines before any section';
	}
	const k = ptpSectionKind(s);
	return k === 'port' ? `port section [${s.name}]` : `[${k === 'global' ? 'global' : 'unicast_master_table'}]`;
}
