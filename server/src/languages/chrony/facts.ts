/**
 * Types of the generated chrony tables (`directives.generated.ts`).
 * The facts come from upstream `conf.c` (CNF_ParseLine and its parse_* functions), `cmdparse.c`
 * (CPS_ParseNTPSourceAdd, CPS_ParseLocal, CPS_GetSelectOption) and `refclock*.c` of every release.
 */

/**
 * The upstream function that reads a directive's arguments (`parse_<name>` in conf.c), plus two pseudo parsers:
 * `ignored` (accepted and dropped without a word, e.g. `dumponexit`) and `obsolete` (accepted with a
 * "no longer supported" warning, e.g. `linux_hz`).
 */
export type ChronyParser =
	| 'allow_deny' | 'authselectmode' | 'bindacqaddress' | 'bindaddress' | 'bindcmdaddress' | 'broadcast'
	| 'clientloglimit' | 'confdir' | 'double' | 'driftfile' | 'fallbackdrift' | 'hwtimestamp' | 'ignored'
	| 'include' | 'initstepslew' | 'int' | 'ints' | 'leapsecmode' | 'local' | 'log' | 'mailonchange'
	| 'makestep' | 'maxchange' | 'ntsserver' | 'ntstrustedcerts' | 'null' | 'obsolete' | 'open_commands'
	| 'pidfile' | 'ratelimit' | 'refclock' | 'smoothtime' | 'source' | 'sourcedir' | 'string' | 'tempcomp';

/**
 * How a release reads a plain integer directive: `sscanf` = `sscanf("%d")` (any text after the number is
 * ignored, no range check); `strtol` = the whole word must be a decimal number, then min/max are checked.
 */
export type ChronyIntStyle = 'sscanf' | 'strtol';

/** The facts of one directive that hold for a contiguous run of releases. */
export interface ChronyDirectiveVariant {
	/** First release (inclusive) these facts hold for. */
	from: string;
	/** Last release (inclusive) these facts hold for. */
	to: string;
	/** The function that parses the arguments. */
	parser: ChronyParser;
	/** For `int`/`ints`: how the number is read. */
	style?: ChronyIntStyle;
	/** For `int`/`ints` with a range check: inclusive lower bound. */
	min?: number;
	/** For `int`/`ints` with a range check: inclusive upper bound. */
	max?: number;
	/** For `ratelimit`: whether the `kod` option is accepted. */
	kod?: boolean;
	/** For `allow_deny`: which access list the rule goes to (NTP clients or the command port). */
	list?: 'ntp' | 'cmd';
	/** For `allow_deny`: true for allow, false for deny. */
	allow?: boolean;
	/** Synopses from the release's manual page, e.g. `makestep <threshold> <limit>` (several for alternative forms). */
	usage?: readonly string[];
}

/** One directive name and its history. */
export interface ChronyDirectiveFacts {
	/** The directive name in lower case (chronyd compares names case-insensitively). */
	name: string;
	/** Facts per run of releases; releases not covered do not know the directive. */
	variants: readonly ChronyDirectiveVariant[];
}

/**
 * How a keyword option reads its value: `flag` takes none; `int` = `sscanf("%d")`; `double` = `sscanf("%lf")`;
 * `uint32` = `sscanf("%u")`; `hex32` = `sscanf("%x")`; `word4` = `sscanf("%4s")` (up to 4 characters of the
 * next word); `refid` = the whole next word, at most 4 characters.
 */
export type ChronyValueKind = 'flag' | 'int' | 'double' | 'uint32' | 'hex32' | 'word4' | 'refid';

/** The facts of one keyword option that hold for a contiguous run of releases. */
export interface ChronyOptionVariant {
	/** First release (inclusive). */
	from: string;
	/** Last release (inclusive). */
	to: string;
	/** How the value is read. */
	value: ChronyValueKind;
	/** Inclusive lower bound checked by the release, if any. */
	min?: number;
	/** Inclusive upper bound checked by the release, if any. */
	max?: number;
	/** Values the release rejects although they parse (e.g. key 0). */
	exclude?: readonly number[];
	/** For `hex32`: the only codes accepted. */
	codes?: readonly number[];
	/** For `word4`: the only words accepted (case-insensitive). */
	values?: readonly string[];
}

/** One keyword option and its history. */
export interface ChronyOptionFacts {
	/** The option name in lower case (compared case-insensitively). */
	name: string;
	/** Facts per run of releases. */
	variants: readonly ChronyOptionVariant[];
}

/** A word of a fixed list (log fields, leapsecmode values, opencommands…) and the releases that know it. */
export interface ChronyWord {
	/** The word. */
	name: string;
	/** First release that knows it. */
	from: string;
	/** Last release that knows it. */
	to: string;
}

/** An option of a refclock driver, written after the device as `:name` or `:name=value`. */
export interface ChronyDriverOption {
	/** Option name (case-sensitive). */
	name: string;
	/** True when the driver reads a value (`name=value`). */
	value: boolean;
}

/** The facts of one refclock driver that hold for a contiguous run of releases. */
export interface ChronyDriverVariant {
	/** First release (inclusive). */
	from: string;
	/** Last release (inclusive). */
	to: string;
	/** Options the driver accepts; any other makes chronyd exit when it starts the driver. */
	options: readonly ChronyDriverOption[];
}

/** A refclock driver and its history. */
export interface ChronyDriverFacts {
	/** Driver name as chronyd compares it (case-sensitive), e.g. `PHC`. */
	name: string;
	/** Facts per run of releases. */
	variants: readonly ChronyDriverVariant[];
}

/** How one release reads its configuration file. */
export interface ChronyLimits {
	/** The release. */
	release: string;
	/** A line of this many bytes or more (newline included) is rejected as "String too long". */
	maxLineLength: number;
	/** Characters that make a line a comment when they are its first non-blank character. */
	commentChars: string;
	/** Most directories one `confdir` directive may list. */
	maxConfDirs: number;
	/** How plain integer directives are read. */
	intStyle: ChronyIntStyle;
}
