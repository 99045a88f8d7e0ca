/**
 * Which program a linuxptp-language file is for: ptp4l, ts2phc, phc2sys share one config parser;
 * timemaster has its own.
 */
import type { ConfigDocument } from '../../parser/ast';

/** Program whose rules apply to a file. */
export type LinuxptpKind = 'ptp4l' | 'ts2phc' | 'phc2sys' | 'timemaster';

/** Section names only timemaster uses (first word inside the brackets). */
export const TIMEMASTER_SECTION_WORDS = ['timemaster', 'ntp_server', 'ptp_domain', 'chrony.conf', 'ntp.conf', 'ptp4l.conf', 'chronyd', 'ntpd'];

/** Guesses the program from the file name, then from the content. */
export function detectKind(uri: string, doc: ConfigDocument): LinuxptpKind {
	const base = decodeURIComponent(uri.split(/[\\/]/).pop() ?? '').toLowerCase();
	if (base.includes('timemaster')) {
		return 'timemaster';
	}
	if (base.includes('ts2phc')) {
		return 'ts2phc';
	}
	if (base.includes('phc2sys')) {
		return 'phc2sys';
	}
	if (base.includes('ptp4l')) {
		return 'ptp4l';
	}
	if (doc.sections.some((s) => TIMEMASTER_SECTION_WORDS.includes(s.name.toLowerCase()) && !/^\[global\]$/i.test(s.header.text))) {
		return 'timemaster';
	}
	if (doc.entries.some((e) => e.key.text.startsWith('ts2phc.'))) {
		return 'ts2phc';
	}
	return 'ptp4l';
}
