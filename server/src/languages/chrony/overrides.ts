/**
 * Hand-written chrony facts that the generator cannot read from the code: names the code accepts twice,
 * and what a parser's arguments mean when the manual page gives no synopsis.
 */

/** A directive name that is accepted as a second spelling of another. */
export interface ChronyAlias {
	/** The older spelling (still accepted). */
	name: string;
	/** The current name; both go to the same setting. */
	current: string;
}

/** `ntscachedir` is the pre-4.0 name of `ntsdumpdir`; CNF_ParseLine tests both names in one branch. */
export const CHRONY_ALIASES: readonly ChronyAlias[] = [
	{ name: 'ntscachedir', current: 'ntsdumpdir' },
];

/** Synopses for directives whose manual page has none (obsolete or silently ignored directives). */
export const CHRONY_EXTRA_USAGE: Readonly<Record<string, readonly string[]>> = {
	dumponexit: ['dumponexit'],
	commandkey: ['commandkey <key-id>'],
	generatecommandkey: ['generatecommandkey'],
	linux_freq_scale: ['linux_freq_scale <scale>'],
	linux_hz: ['linux_hz <hz>'],
};

/** The directives a sourcedir `.sources` file may hold; chronyd skips every other line of such a file. */
export const CHRONY_SOURCE_DIRECTIVES: readonly string[] = ['server', 'pool', 'peer'];

/**
 * First release whose reference build (Debian's) runs on glibc 2.43 or newer, where sscanf rejects incomplete
 * numbers (`1e`, `1e+`, `0x`, `0x1p`) that older glibc reads as their valid prefix (glibc bug 12701). This is a
 * property of the C library, not of chrony; ChronyCheckOptions.strictScanf overrides it.
 */
export const CHRONY_STRICT_SCANF_FROM = '4.9';
