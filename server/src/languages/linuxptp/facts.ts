/**
 * Types of the generated linuxptp option table (`options.generated.ts`).
 * The facts come from upstream `config.c` (`config_tab[]` and `check_deprecated_options()`) of every release.
 */

/** How linuxptp's parser reads a value (`enum config_type` upstream). */
export type LinuxptpValueKind = 'int' | 'uint' | 'double' | 'enum' | 'string';

/** Where an option may be written: `global` only in `[global]`; `port` also in port/interface/clock sections. */
export type LinuxptpScope = 'global' | 'port';

/** The facts of one option that hold for a contiguous run of releases. */
export interface LinuxptpVariant {
	/** First release (inclusive) these facts hold for, e.g. `'4.0'`. */
	from: string;
	/** Last release (inclusive) these facts hold for; the newest known release when still current. */
	to: string;
	/** Section scope (`GLOB_ITEM_*` vs `PORT_ITEM_*`). */
	scope: LinuxptpScope;
	/** Value parser. */
	kind: LinuxptpValueKind;
	/** Built-in default: a number, an enum label, a string, or `null` when upstream has none (NULL string). */
	default: number | string | null;
	/** Inclusive lower bound for int/uint/double. */
	min?: number;
	/** Inclusive upper bound for int/uint/double. */
	max?: number;
	/** Accepted labels of an enum option (compared case-insensitively by linuxptp). */
	values?: readonly string[];
}

/** One option name and its history. */
export interface LinuxptpOptionFacts {
	/** The exact, case-sensitive option name. */
	name: string;
	/** Facts per run of releases; releases not covered do not know the option. */
	variants: readonly LinuxptpVariant[];
}

/** An old option name that the parser rewrites to a new one (with a deprecation notice on stderr). */
export interface LinuxptpRename {
	/** The old name written in the file. */
	from: string;
	/** The name the parser uses instead. */
	to: string;
	/** Releases that perform the rewrite. */
	versions: readonly string[];
}
