/**
 * timemaster.conf grammar as data (facts from upstream timemaster.c parse_section() and the
 * parse_*_settings() functions): sections, their settings and value types.
 */

/** How timemaster reads a setting's value. */
export type TimemasterValue =
	/** strtol base 0, whole value, INT_MIN…INT_MAX. */
	| 'int'
	/** strtol base 0, 0 or 1. */
	| 'bool'
	/** strtod, INT_MIN…INT_MAX. */
	| 'double'
	/** The rest of the line, taken as is. */
	| 'string'
	/** Blank-separated words. */
	| 'words'
	/** One of `values` (case-insensitive). */
	| 'enum';

/** One setting of a timemaster section. */
export interface TimemasterSetting {
	/** Name (matched case-insensitively). */
	name: string;
	/** Value type. */
	value: TimemasterValue;
	/** Labels for `enum`. */
	values?: string[];
	/** First linuxptp release that knows it. */
	since?: string;
	/** Our own one-line explanation. */
	doc: string;
}

/** One section kind. */
export interface TimemasterSection {
	/** Word after `[` (matched case-insensitively). */
	name: string;
	/** What follows the name inside the brackets. */
	parameter?: 'address' | 'int';
	/** Settings it takes; `raw` sections pass their lines through to another program's config. */
	settings: TimemasterSetting[] | 'raw';
	/** Our own explanation. */
	doc: string;
}

const PROGRAM_SETTINGS: TimemasterSetting[] = [
	{ name: 'path', value: 'string', doc: 'Path of the program to run instead of finding it on `PATH`.' },
	{ name: 'options', value: 'words', doc: 'Extra command-line options passed to every instance of the program.' },
];

/** Every section timemaster knows. */
export const TIMEMASTER_SECTIONS: readonly TimemasterSection[] = [
	{
		name: 'timemaster', settings: [
			{ name: 'ntp_program', value: 'enum', values: ['chronyd', 'ntpd'], doc: 'Which NTP daemon timemaster runs and feeds with the PTP time sources.' },
			{ name: 'rundir', value: 'string', doc: 'Directory for the generated configuration files and sockets of the managed processes.' },
			{ name: 'first_shm_segment', value: 'int', doc: 'Index of the first NTP SHM segment handed to phc2sys instances (raise it when other programs use the low segments).' },
			{ name: 'restart_processes', value: 'int', doc: 'Non-zero: restart a managed process that exits instead of shutting everything down.' },
			{ name: 'use_vclocks', value: 'int', since: '4.2', doc: 'Use PTP virtual clocks so several domains can share one PHC: 1 always, 0 never, -1 automatically on kernels that support them.' },
		], doc: 'Settings of timemaster itself.',
	},
	{
		name: 'ntp_server', parameter: 'address', settings: [
			{ name: 'minpoll', value: 'int', doc: 'Shortest polling interval for this server, as a power of two in seconds.' },
			{ name: 'maxpoll', value: 'int', doc: 'Longest polling interval for this server, as a power of two in seconds.' },
			{ name: 'iburst', value: 'bool', doc: '1: send a burst of requests at start so the first estimate comes quickly.' },
			{ name: 'ntp_options', value: 'string', doc: 'Extra options appended to this server\'s line in the generated chrony/ntpd config.' },
		], doc: 'An NTP server used as a time source: `[ntp_server ADDRESS]`.',
	},
	{
		name: 'ptp_domain', parameter: 'int', settings: [
			{ name: 'interfaces', value: 'words', doc: 'Network interfaces on which ptp4l runs for this domain (required); one ptp4l per PHC.' },
			{ name: 'delay', value: 'double', doc: 'Assumed maximum error of this source in seconds, used by the NTP daemon to weigh it.' },
			{ name: 'ntp_poll', value: 'int', doc: 'How often the NTP daemon reads the SHM refclock of this domain (log2 seconds).' },
			{ name: 'phc2sys_poll', value: 'int', doc: 'How often phc2sys samples the PHC for this domain (log2 seconds).' },
			{ name: 'ptp4l_option', value: 'string', doc: 'A line added to the generated ptp4l config of this domain; may be repeated.' },
			{ name: 'ntp_options', value: 'string', doc: 'Extra options appended to this domain\'s refclock line in the NTP daemon config.' },
		], doc: 'A PTP domain used as a time source: `[ptp_domain N]`; timemaster starts ptp4l and phc2sys for it.',
	},
	{ name: 'chrony.conf', settings: 'raw', doc: 'Lines copied into the generated chrony.conf (start a line with `>` to pass one that begins with `[`).' },
	{ name: 'ntp.conf', settings: 'raw', doc: 'Lines copied into the generated ntp.conf (start a line with `>` to pass one that begins with `[`).' },
	{ name: 'ptp4l.conf', settings: 'raw', doc: 'Lines copied into every generated ptp4l config, under its `[global]` (write `>[eth0]` for a line starting with `[`).' },
	{ name: 'chronyd', settings: PROGRAM_SETTINGS, doc: 'How timemaster starts chronyd.' },
	{ name: 'ntpd', settings: PROGRAM_SETTINGS, doc: 'How timemaster starts ntpd.' },
	{ name: 'phc2sys', settings: PROGRAM_SETTINGS, doc: 'How timemaster starts phc2sys.' },
	{ name: 'ptp4l', settings: PROGRAM_SETTINGS, doc: 'How timemaster starts ptp4l.' },
];

/** Finds a section kind by the written name. */
export function timemasterSection(name: string): TimemasterSection | undefined {
	return TIMEMASTER_SECTIONS.find((s) => s.name === name.toLowerCase());
}
