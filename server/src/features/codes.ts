/**
 * Stable diagnostic codes (kebab-case). Tools and tests match on these; never rename one.
 */
export enum Code {
	/** Name not known to any release. */
	UnknownOption = 'unknown-option',
	/** Name known to other releases, not to the chosen one. */
	VersionAbsent = 'version-absent',
	/** Global-only option in a port section (or similar scope violation). */
	WrongSection = 'wrong-section',
	/** Value not of the option's type. */
	BadValue = 'bad-value',
	/** Number outside the option's range. */
	OutOfRange = 'out-of-range',
	/** Value not among the enum's labels. */
	BadEnum = 'bad-enum',
	/** Option written without a value. */
	MissingValue = 'missing-value',
	/** More words than the option takes. */
	ExtraTokens = 'extra-tokens',
	/** `#` after a value: not a comment for this daemon. */
	TrailingComment = 'trailing-comment',
	/** Setting before any section header. */
	NotInSection = 'not-in-section',
	/** Section header the daemon cannot use as written. */
	MalformedSection = 'malformed-section',
	/** Unknown section name (languages with a fixed set). */
	UnknownSection = 'unknown-section',
	/** The same option twice in one section. */
	Duplicate = 'duplicate',
	/** Old spelling that the release still rewrites to a new name. */
	OldName = 'old-name',
	/** Combination the daemon rejects after parsing. */
	Conflict = 'conflict',
	/** Placeholder text such as `[NIC here]` left in the file. */
	Placeholder = 'placeholder',
	/** Option that the program this file is for does not read. */
	OtherProgram = 'other-program',
	/** Expert advice: accepted by the daemon, probably not intended. */
	Expert = 'expert',
}
