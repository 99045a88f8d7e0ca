/**
 * Hover and completion documentation for chrony.conf directives and their
 * options, written in our own words. The facts come from the chrony.conf(5)
 * man pages, `conf.c`/`cmdparse.c` and NEWS of chrony 4.3 through 4.9; no man
 * page prose is reproduced here. Defaults, ranges, value types and version
 * availability live in the generated facts table next to this file and are
 * deliberately left out, except where a unit or a value is part of what an
 * option means (e.g. "log2 seconds").
 */

/** Outline/completion group of a chrony.conf directive. */
export type ChronyDirectiveGroup =
	| 'sources'
	| 'selection'
	| 'clock'
	| 'rtc'
	| 'ntp-server'
	| 'nts'
	| 'hwts'
	| 'logging'
	| 'files'
	| 'misc'
	| 'refclock'
	| 'command'
	| 'leap';

/** Hand-written documentation of one chrony.conf directive. */
export interface ChronyDirectiveDoc {
	/** Usage in our notation, e.g. 'server ADDRESS [OPTION]...'. Upper-case words are placeholders; `[...]` is optional, `...` repeatable, `|` separates alternatives. */
	usage: string;
	/** One to three short sentences: what it does and when to use it. Markdown (`code`) allowed. */
	summary: string;
	/**
	 * Anchor id of the directive in the upstream chrony.conf man page HTML
	 * (https://chrony-project.org/doc/4.6/chrony.conf.html#ANCHOR), taken from the
	 * adoc `[[anchor]]` ids, e.g. 'server'. Empty for directives the parser
	 * still accepts but the man page no longer documents.
	 */
	anchor: string;
	/** Group for the outline/completion. */
	group: ChronyDirectiveGroup;
}

/**
 * Documentation of every directive accepted by chronyd 4.3 through 4.9, keyed
 * by lower-case directive name (chronyd matches directive names without regard
 * to case). Besides the directives documented in the man pages this includes
 * the obsolete names the parser still recognises (`ntscachedir`, `dumponexit`,
 * `commandkey`, `generatecommandkey`, `linux_freq_scale`, `linux_hz`).
 */
export const CHRONY_DIRECTIVE_DOCS: Record<string, ChronyDirectiveDoc> = {
	// ---- Time sources -------------------------------------------------------
	server: {
		usage: 'server ADDRESS [OPTION]...',
		summary:
			'Adds one NTP server, by hostname or IP address, as a client/server time source: chronyd may follow it, but never influences it. Use one line per server; a hostname is resolved again when the source turns bad (unreachable, falseticker, distance or stratum out of limits) and periodically (see `refresh`).',
		anchor: 'server',
		group: 'sources',
	},
	pool: {
		usage: 'pool NAME [OPTION]...',
		summary:
			'Adds a pool of NTP servers: one DNS name that resolves to many, changing addresses, of which up to `maxsources` are used and replaced as needed. Accepts every `server` option plus `maxsources`.',
		anchor: 'pool',
		group: 'sources',
	},
	peer: {
		usage: 'peer ADDRESS [OPTION]...',
		summary:
			'Sets up a symmetric association in which this host and the peer can each synchronise to the other. Takes the `server` options except `iburst`, `burst`, `nts`, `presend` and `copy`. Symmetric mode is easier to disrupt than client/server mode, so a `server` line on each side is usually the better choice.',
		anchor: 'peer',
		group: 'sources',
	},
	initstepslew: {
		usage: 'initstepslew THRESHOLD [HOSTNAME]...',
		summary:
			'Deprecated: use `makestep` with `iburst` sources instead. Before normal operation starts, polls the listed servers a few times and corrects the clock once, stepping it if the error is above THRESHOLD seconds and slewing otherwise; chronyd delays its daemon start-up until this is done.',
		anchor: 'initstepslew',
		group: 'sources',
	},
	refclock: {
		usage: 'refclock DRIVER PARAMETER[:OPTION]... [OPTION]...',
		summary:
			'Adds a locally attached reference clock as a time source, using one of the drivers `PPS`, `SOCK`, `SHM`, `PHC`, `RTC` or `SENSOR`. Driver-specific options are appended to the parameter with `:`; the common options (`poll`, `refid`, `lock`, `offset`, …) follow as separate words.',
		anchor: 'refclock',
		group: 'refclock',
	},
	manual: {
		usage: 'manual',
		summary:
			'Allows the time to be entered by hand with `chronyc settime`; without it that command is refused (it can also be switched on at run time with `chronyc manual on`).',
		anchor: 'manual',
		group: 'sources',
	},
	acquisitionport: {
		usage: 'acquisitionport PORT',
		summary:
			'Uses one fixed UDP source port (a single socket per address family) for all NTP client requests instead of a fresh random port per request. Helps with firewalls, at a small security cost; `0` keeps one socket but lets the OS pick its port, and the server `port` may be reused.',
		anchor: 'acquisitionport',
		group: 'sources',
	},
	bindacqaddress: {
		usage: 'bindacqaddress ADDRESS',
		summary:
			'Binds the NTP and NTS-KE client sockets to this local IP address. One directive per address family.',
		anchor: 'bindacqaddress',
		group: 'sources',
	},
	bindacqdevice: {
		usage: 'bindacqdevice INTERFACE',
		summary:
			'Ties the client sockets to one network interface (Linux only); useful with a changing local address or for a source given by a link-local IPv6 address.',
		anchor: 'bindacqdevice',
		group: 'sources',
	},
	dscp: {
		usage: 'dscp POINT',
		summary:
			'DSCP value written into the IP header of outgoing NTP packets (e.g. `46`, Expedited Forwarding), so networks that prioritise traffic by DSCP can reduce delay jitter.',
		anchor: 'dscp',
		group: 'sources',
	},
	dumpdir: {
		usage: 'dumpdir DIRECTORY',
		summary:
			'Directory where each source\'s measurement history is saved on exit or on `chronyc dump` (one `.dat` file per address or refclock). Started with `-r`, chronyd loads the files again; they are deleted at start in any case.',
		anchor: 'dumpdir',
		group: 'files',
	},
	maxsamples: {
		usage: 'maxsamples SAMPLES',
		summary:
			'Default maximum number of samples kept per source, overridable by the source option of the same name. `1` turns off frequency tracking so a source is usable after one sample (handy with `chronyd -q`/`-Q`).',
		anchor: 'maxsamples',
		group: 'sources',
	},
	minsamples: {
		usage: 'minsamples SAMPLES',
		summary:
			'Default minimum number of samples kept per source, overridable per source. More samples smooth the offset and frequency estimates but make chronyd slower to follow real changes.',
		anchor: 'minsamples',
		group: 'sources',
	},
	ntsaeads: {
		usage: 'ntsaeads ID...',
		summary:
			'AEAD algorithms allowed for NTS protection of NTP packets, most preferred first: `30` (AES-128-GCM-SIV, shorter cookies) and `15` (AES-SIV-CMAC-256). The list applies to the NTS client and server alike; a server should keep `15`, which RFC 8915 makes mandatory.',
		anchor: 'ntsaeads1',
		group: 'nts',
	},
	ntsdumpdir: {
		usage: 'ntsdumpdir DIRECTORY',
		summary:
			'Directory where the NTS client saves cookies (one `.nts` file per NTS-KE server, so a restart needs no new handshake) and the NTS server saves its cookie-encryption keys (`ntskeys`).',
		anchor: 'ntsdumpdir1',
		group: 'nts',
	},
	ntscachedir: {
		usage: 'ntscachedir DIRECTORY',
		summary:
			'Obsolete, undocumented name of `ntsdumpdir` (renamed before 4.0); still accepted as an alias. Use `ntsdumpdir`.',
		anchor: 'ntsdumpdir1',
		group: 'nts',
	},
	ntsrefresh: {
		usage: 'ntsrefresh INTERVAL',
		summary:
			'Longest time in seconds the NTS client uses keys before repeating the NTS-KE handshake. Keep it above the polling interval of every NTS source, or that source will redo NTS-KE on each poll and never exchange NTP packets.',
		anchor: 'ntsrefresh',
		group: 'nts',
	},
	ntstrustedcerts: {
		usage: 'ntstrustedcerts [SET-ID] FILE|DIRECTORY',
		summary:
			'Adds PEM certificates (CA or self-signed server certificates) for verifying NTS-KE servers to a numbered set; set 0, the default, also contains the system CAs. Sources pick a set with `certset`; the files are re-read when they change, without a restart.',
		anchor: 'ntstrustedcerts',
		group: 'nts',
	},
	nosystemcert: {
		usage: 'nosystemcert',
		summary:
			'Stops trusting the system\'s default CA certificates for NTS, leaving only those added by `ntstrustedcerts`.',
		anchor: 'nosystemcert',
		group: 'nts',
	},
	nocerttimecheck: {
		usage: 'nocerttimecheck LIMIT',
		summary:
			'Skips the validity-period check of certificates until the clock has been updated LIMIT times, so NTS can work on machines that boot with a wrong clock (e.g. no RTC battery). Weakens security; use as a last resort with few trusted certificates.',
		anchor: 'nocerttimecheck',
		group: 'nts',
	},
	refresh: {
		usage: 'refresh INTERVAL',
		summary:
			'Minimum time in seconds between re-resolving the hostnames of working NTP sources; a source whose name no longer includes its current address is switched to a new one. `0` turns periodic re-resolving off (`chronyc refresh` forces it).',
		anchor: 'refresh',
		group: 'sources',
	},

	// ---- Source selection ---------------------------------------------------
	authselectmode: {
		usage: 'authselectmode MODE',
		summary:
			'Policy for mixing authenticated (`key`/`nts`) and unauthenticated sources in selection: `require`, `prefer`, `mix` or `ignore`. It adjusts the default selection options (adding `noselect` or `require trust`) so unauthenticated sources cannot pull the clock away from authenticated ones; `noselect` sources are left alone.',
		anchor: 'authselectmode',
		group: 'selection',
	},
	combinelimit: {
		usage: 'combinelimit LIMIT',
		summary:
			'Decides which other selectable sources are averaged with the selected one: their distance must be below LIMIT times the selected source\'s distance and their frequency close to it. `0` uses the selected source alone.',
		anchor: 'combinelimit',
		group: 'selection',
	},
	maxdistance: {
		usage: 'maxdistance DISTANCE',
		summary:
			'Largest root distance in seconds (root dispersion plus half the root delay) a source may have to be selectable. Raise it for servers that only occasionally reach their own upstream.',
		anchor: 'maxdistance',
		group: 'selection',
	},
	maxjitter: {
		usage: 'maxjitter JITTER',
		summary:
			'Largest jitter in seconds a source may show and still be selectable, which rejects sources whose distance is small but whose time is too noisy.',
		anchor: 'maxjitter',
		group: 'selection',
	},
	maxstratum: {
		usage: 'maxstratum STRATUM',
		summary: 'Sources whose stratum is higher than this are not selected for synchronisation.',
		anchor: 'maxstratum',
		group: 'selection',
	},
	minstratum: {
		usage: 'minstratum STRATUM',
		summary:
			'Sources whose stratum is lower than this are not selected for synchronisation. Unrelated to the `minstratum` source option, which only raises one source\'s stratum.',
		anchor: 'minstratum',
		group: 'selection',
	},
	minsources: {
		usage: 'minsources SOURCES',
		summary:
			'Number of sources that must be selectable (i.e. agree) before the clock is updated. Values above 1 keep a single wrong but reachable source from steering the clock.',
		anchor: 'minsources',
		group: 'selection',
	},
	reselectdist: {
		usage: 'reselectdist DISTANCE',
		summary:
			'Extra distance in seconds charged to sources that are not currently selected, so chronyd does not keep switching between sources of similar quality.',
		anchor: 'reselectdist',
		group: 'selection',
	},
	stratumweight: {
		usage: 'stratumweight DISTANCE',
		summary:
			'Distance in seconds added per stratum level when sources are compared in selection; with a small weight, stratum only decides between sources of nearly equal distance.',
		anchor: 'stratumweight',
		group: 'selection',
	},

	// ---- System clock -------------------------------------------------------
	clockprecision: {
		usage: 'clockprecision PRECISION',
		summary:
			'Overrides, in seconds, the system clock precision that chronyd otherwise determines at start. It is the floor for the assumed error and noise of measurements and sets how many low-order bits of served timestamps are randomised (e.g. `1e-9` for a TSC clock).',
		anchor: 'clockprecision',
		group: 'clock',
	},
	corrtimeratio: {
		usage: 'corrtimeratio RATIO',
		summary:
			'How long an average slew lasts relative to the interval between corrections (usually the polling interval). Larger ratios give a steadier frequency at the cost of larger time error; the slew rate is still capped by `maxslewrate`.',
		anchor: 'corrtimeratio',
		group: 'clock',
	},
	driftfile: {
		usage: 'driftfile FILE [interval INTERVAL]',
		summary:
			'File holding the estimated frequency error of the system clock (ppm, positive = gaining) and its error bound, read at start so compensation begins immediately. `interval` sets the minimum time in seconds between rewrites.',
		anchor: 'driftfile',
		group: 'clock',
	},
	fallbackdrift: {
		usage: 'fallbackdrift MIN-INTERVAL MAX-INTERVAL',
		summary:
			'Enables fallback drifts: long-term frequency averages applied once the clock has gone 2^MIN to 2^MAX seconds without an update, so a brief frequency excursion before the updates stopped is not carried through a long holdover. Both bounds are log2 seconds.',
		anchor: 'fallbackdrift',
		group: 'clock',
	},
	makestep: {
		usage: 'makestep THRESHOLD LIMIT',
		summary:
			'Steps the clock instead of slewing when a correction is larger than THRESHOLD seconds, but only within the first LIMIT clock updates (a negative LIMIT means always). The usual way to fix a large error at boot; ineffective with `chronyd -x`.',
		anchor: 'makestep',
		group: 'clock',
	},
	maxchange: {
		usage: 'maxchange OFFSET START IGNORE',
		summary:
			'Sanity limit on clock updates: from update START on, offsets larger than OFFSET seconds are skipped IGNORE times, and the next one makes chronyd exit. A negative IGNORE skips such offsets forever; each event is logged to syslog.',
		anchor: 'maxchange',
		group: 'clock',
	},
	maxclockerror: {
		usage: 'maxclockerror ERROR-IN-PPM',
		summary:
			'Assumed worst-case frequency wander of the system clock between updates, in ppm: roughly 10 for a poor oscillator, 0.1 for a temperature-compensated one.',
		anchor: 'maxclockerror',
		group: 'clock',
	},
	maxdrift: {
		usage: 'maxdrift DRIFT-IN-PPM',
		summary:
			'Upper bound in ppm on the frequency correction chronyd may apply, in addition to the limit of the operating system\'s clock driver.',
		anchor: 'maxdrift',
		group: 'clock',
	},
	maxupdateskew: {
		usage: 'maxupdateskew SKEW-IN-PPM',
		summary:
			'Frequency estimates whose error bound (skew) exceeds this many ppm are too uncertain to update the clock. Lower it (e.g. 10) for sources on a wired LAN.',
		anchor: 'maxupdateskew',
		group: 'clock',
	},
	maxslewrate: {
		usage: 'maxslewrate RATE-IN-PPM',
		summary:
			'Fastest rate in ppm at which chronyd may slew the clock, capping what `corrtimeratio` would ask for; the operating system imposes its own maximum.',
		anchor: 'maxslewrate',
		group: 'clock',
	},
	tempcomp: {
		usage: 'tempcomp FILE INTERVAL T0 K0 K1 K2 | tempcomp FILE INTERVAL POINTS-FILE',
		summary:
			'Corrects the clock frequency for temperature read from a sensor file every INTERVAL seconds, either by the quadratic `k0 + k1·(T−T0) + k2·(T−T0)²` (ppm) or by interpolating a file of `temperature compensation` pairs. Results outside ±10 ppm are discarded.',
		anchor: 'tempcomp',
		group: 'clock',
	},
	linux_freq_scale: {
		usage: 'linux_freq_scale SCALE',
		summary:
			'Removed long before 4.x (old Linux clock driver tuning); still parsed, but only logs a warning that it is no longer supported. Delete it.',
		anchor: '',
		group: 'clock',
	},
	linux_hz: {
		usage: 'linux_hz HZ',
		summary:
			'Removed long before 4.x (old Linux kernel tick setting); still parsed, but only logs a warning that it is no longer supported. Delete it.',
		anchor: '',
		group: 'clock',
	},

	// ---- Leap seconds -------------------------------------------------------
	leapsecmode: {
		usage: 'leapsecmode MODE',
		summary:
			'How the system clock gets past a leap second: `system` (kernel steps it), `step` (chronyd steps it), `slew` (corrected gradually) or `ignore`. `slew` combined with `smoothtime … leaponly` implements a server-side leap smear.',
		anchor: 'leapsecmode',
		group: 'leap',
	},
	leapsectz: {
		usage: 'leapsectz TIMEZONE',
		summary:
			'Timezone of the system tz database (normally `right/UTC`) that chronyd probes to learn upcoming leap seconds and the current TAI−UTC offset. Useful with sources that do not announce leaps in time; never use it on clients of leap-smearing servers.',
		anchor: 'leapsectz',
		group: 'leap',
	},
	leapseclist: {
		usage: 'leapseclist FILE',
		summary:
			'Reads leap seconds and TAI−UTC offsets from a NIST/IERS `leap-seconds.list` file (normally shipped with the tz database); otherwise behaves like `leapsectz`.',
		anchor: 'leapseclist',
		group: 'leap',
	},

	// ---- NTP server ---------------------------------------------------------
	allow: {
		usage: 'allow [all] [SUBNET]',
		summary:
			'Lets NTP (and NTS-KE) clients from an address, hostname or subnet use this host as a server; with no argument all addresses are allowed. Without any `allow` chronyd serves no one. `allow all` also overrides earlier rules for smaller subnets inside it.',
		anchor: 'allow',
		group: 'ntp-server',
	},
	deny: {
		usage: 'deny [all] [SUBNET]',
		summary:
			'Refuses NTP and NTS-KE service to an address or subnet; the counterpart of `allow`, with the same syntax and nesting rules.',
		anchor: 'deny',
		group: 'ntp-server',
	},
	bindaddress: {
		usage: 'bindaddress ADDRESS',
		summary:
			'Restricts the sockets serving NTP and NTS-KE to one local address. Only one per address family, so it cannot restrict service to several interfaces; outside Linux the address must exist when chronyd starts.',
		anchor: 'bindaddress',
		group: 'ntp-server',
	},
	binddevice: {
		usage: 'binddevice INTERFACE',
		summary: 'Ties the server-side NTP and NTS-KE sockets to a single network interface (Linux only).',
		anchor: 'binddevice',
		group: 'ntp-server',
	},
	broadcast: {
		usage: 'broadcast INTERVAL ADDRESS [PORT]',
		summary:
			'Sends NTP broadcast-mode packets every INTERVAL seconds to a broadcast or multicast address, for other NTP implementations listening as broadcast clients (chronyd cannot be one). Repeat per interface; ntpd clients also need an `allow` for their delay probes.',
		anchor: 'broadcast',
		group: 'ntp-server',
	},
	clientloglimit: {
		usage: 'clientloglimit LIMIT',
		summary:
			'Memory budget in bytes for the table of client addresses, which serves client statistics, rate limiting and the server side of interleaved mode. Raise it on servers with many clients.',
		anchor: 'clientloglimit',
		group: 'ntp-server',
	},
	noclientlog: {
		usage: 'noclientlog',
		summary:
			'Stops recording client accesses, which also removes `chronyc clients` data and the server\'s support for interleaved mode.',
		anchor: 'noclientlog',
		group: 'ntp-server',
	},
	local: {
		usage: 'local [OPTION]...',
		summary:
			'Local reference mode: chronyd keeps serving time as synchronised, at the configured stratum, when it has no usable source. Meant for isolated networks; `orphan` lets several servers share the configuration and elect one automatically.',
		anchor: 'local',
		group: 'ntp-server',
	},
	ntpsigndsocket: {
		usage: 'ntpsigndsocket DIRECTORY',
		summary:
			'Location of Samba\'s `ntp_signd` socket, so responses to MS-SNTP clients of an Active Directory domain controller get signed. Any client passed by `allow` can obtain such signatures and attack the account password offline, so keep access tight.',
		anchor: 'ntpsigndsocket',
		group: 'ntp-server',
	},
	port: {
		usage: 'port PORT',
		summary:
			'UDP port on which chronyd accepts NTP requests; it is opened only when clients are allowed, peers are configured or broadcast is enabled. `0` never opens it, making chronyd a pure client.',
		anchor: 'port',
		group: 'ntp-server',
	},
	ratelimit: {
		usage: 'ratelimit [OPTION]...',
		summary:
			'Limits how often each client IP address gets NTP responses, to tame clients that poll too fast. A fraction of over-limit requests is still answered so spoofed traffic cannot cut off a victim completely.',
		anchor: 'ratelimit',
		group: 'ntp-server',
	},
	smoothtime: {
		usage: 'smoothtime MAX-FREQ MAX-WANDER [leaponly]',
		summary:
			'Smooths the time served to clients so corrections of the server clock reach them gradually: at most MAX-FREQ ppm of frequency offset, changing by at most MAX-WANDER ppm per second. The served time deliberately deviates from the best estimate; `leaponly` smooths only leap seconds (leap smear).',
		anchor: 'smoothtime',
		group: 'ntp-server',
	},

	// ---- NTS server ---------------------------------------------------------
	ntsport: {
		usage: 'ntsport PORT',
		summary:
			'TCP port of this host\'s NTS-KE server, opened only when `ntsservercert` and `ntsserverkey` are set. The client-side port is the `ntsport` source option.',
		anchor: 'ntsport',
		group: 'nts',
	},
	ntsservercert: {
		usage: 'ntsservercert FILE',
		summary:
			'PEM certificate, including any intermediates, for running an NTS server; repeat together with `ntsserverkey` (matched by order) for several server names. Loaded once, so a renewed certificate needs a restart.',
		anchor: 'ntsservercert',
		group: 'nts',
	},
	ntsserverkey: {
		usage: 'ntsserverkey FILE',
		summary:
			'PEM private key belonging to the `ntsservercert` at the same position. Must be readable by the chrony user and should be readable by nobody else.',
		anchor: 'ntsserverkey',
		group: 'nts',
	},
	ntsprocesses: {
		usage: 'ntsprocesses PROCESSES',
		summary:
			'Number of helper processes handling NTS-KE requests, to spread the TLS work over CPU cores; `0` handles them in the main process.',
		anchor: 'ntsprocesses',
		group: 'nts',
	},
	maxntsconnections: {
		usage: 'maxntsconnections CONNECTIONS',
		summary: 'Maximum number of simultaneous NTS-KE connections accepted by each server process.',
		anchor: 'maxntsconnections',
		group: 'nts',
	},
	ntsntpserver: {
		usage: 'ntsntpserver HOSTNAME',
		summary:
			'NTP server name or address that the NTS-KE server hands to clients, separating NTS-KE from NTP service. Both must then share cookie keys, i.e. `ntsrotate 0` with externally distributed keys.',
		anchor: 'ntsntpserver',
		group: 'nts',
	},
	ntsrotate: {
		usage: 'ntsrotate INTERVAL',
		summary:
			'Seconds of server run time between generating new keys for encrypting NTS cookies; two older keys stay valid. `0` stops rotation: keys are managed externally and reloaded from `ntskeys` by `chronyc rekey`.',
		anchor: 'ntsrotate',
		group: 'nts',
	},
	ntsratelimit: {
		usage: 'ntsratelimit [OPTION]...',
		summary:
			'Rate limiting of NTS-KE connections per client address, with the `ratelimit` options except `kod`.',
		anchor: 'ntsratelimit',
		group: 'nts',
	},

	// ---- Command and monitoring access --------------------------------------
	bindcmdaddress: {
		usage: 'bindcmdaddress ADDRESS|PATH',
		summary:
			'Local address of the UDP monitoring socket used by chronyc (loopback only by default; `0.0.0.0`/`::` listen everywhere). An absolute path instead moves the Unix domain command socket, and `/` disables it. One each for IPv4, IPv6 and the Unix socket.',
		anchor: 'bindcmdaddress',
		group: 'command',
	},
	bindcmddevice: {
		usage: 'bindcmddevice INTERFACE',
		summary: 'Ties the UDP command sockets to a single network interface (Linux only).',
		anchor: 'bindcmddevice',
		group: 'command',
	},
	cmdallow: {
		usage: 'cmdallow [all] [SUBNET]',
		summary:
			'Like `allow`, but grants chronyc monitoring access over UDP. Loopback is always permitted; remote hosts also need a non-loopback `bindcmdaddress`.',
		anchor: 'cmdallow',
		group: 'command',
	},
	cmddeny: {
		usage: 'cmddeny [all] [SUBNET]',
		summary: 'Like `deny`, but refuses chronyc monitoring access to the given addresses or subnets.',
		anchor: 'cmddeny',
		group: 'command',
	},
	cmdport: {
		usage: 'cmdport PORT',
		summary:
			'UDP port of the chronyc monitoring socket (chronyc then needs `-p`). `0` closes it, leaving only the Unix domain socket: no remote and no unprivileged local access.',
		anchor: 'cmdport',
		group: 'command',
	},
	cmdratelimit: {
		usage: 'cmdratelimit [OPTION]...',
		summary:
			'Rate limiting of responses to chronyc command packets, with the `ratelimit` options except `kod`; localhost is never limited.',
		anchor: 'cmdratelimit',
		group: 'command',
	},
	opencommands: {
		usage: 'opencommands [COMMAND]...',
		summary:
			'Replaces the set of chronyc monitoring commands that hosts permitted by `cmdallow` may run (an empty list allows none). Commands outside the default set have no stable protocol across versions and reveal more internal state, so open only what monitoring needs.',
		anchor: 'opencommands',
		group: 'command',
	},
	commandkey: {
		usage: 'commandkey ID',
		summary:
			'Removed in chrony 2.2 together with key-authenticated chronyc commands; still parsed, but only logs a warning. Run-time configuration now goes through the Unix domain socket.',
		anchor: '',
		group: 'command',
	},
	generatecommandkey: {
		usage: 'generatecommandkey',
		summary:
			'Removed in chrony 2.2 together with the command key; still parsed, but only logs a warning. Delete it.',
		anchor: '',
		group: 'command',
	},

	// ---- Real-time clock ----------------------------------------------------
	hwclockfile: {
		usage: 'hwclockfile FILE',
		summary:
			'Path of the `adjtime` file of hwclock, from which chronyd learns whether the RTC keeps UTC or local time. Takes precedence over `rtconutc`.',
		anchor: 'hwclockfile',
		group: 'rtc',
	},
	rtcautotrim: {
		usage: 'rtcautotrim THRESHOLD',
		summary:
			'Trims the RTC to the synchronised system clock automatically (like `chronyc trimrtc`) once their estimated difference exceeds THRESHOLD seconds. Works only with `rtcfile`; trimming is accurate to about a second.',
		anchor: 'rtcautotrim',
		group: 'rtc',
	},
	rtcdevice: {
		usage: 'rtcdevice DEVICE',
		summary: 'Device file through which chronyd accesses the RTC.',
		anchor: 'rtcdevice',
		group: 'rtc',
	},
	rtcfile: {
		usage: 'rtcfile FILE',
		summary:
			'Enables tracking of the RTC (Linux) and names the file where its error at an epoch and its drift are saved on exit and by `chronyc writertc`. Used with `chronyd -s`; excludes `rtcsync`.',
		anchor: 'rtcfile',
		group: 'rtc',
	},
	rtconutc: {
		usage: 'rtconutc',
		summary:
			'States that the RTC keeps UTC rather than local time. Overridden by `hwclockfile`; irrelevant to `rtcsync` and to the RTC refclock.',
		anchor: 'rtconutc',
		group: 'rtc',
	},
	rtcsync: {
		usage: 'rtcsync',
		summary:
			'Lets the RTC be set periodically from the system clock (on Linux by the kernel every 11 minutes) instead of tracking its drift. Cannot be combined with `rtcfile`; does nothing on systems other than Linux and macOS.',
		anchor: 'rtcsync',
		group: 'rtc',
	},

	// ---- Logging ------------------------------------------------------------
	log: {
		usage: 'log [OPTION]...',
		summary:
			'Turns on the listed statistics log files (e.g. `measurements`, `statistics`, `tracking`), written into `logdir` with a periodically repeated column header.',
		anchor: 'log',
		group: 'logging',
	},
	logbanner: {
		usage: 'logbanner ENTRIES',
		summary: 'Number of lines written to a log file between repeats of its column header; `0` omits the header.',
		anchor: 'logbanner',
		group: 'logging',
	},
	logchange: {
		usage: 'logchange THRESHOLD',
		summary:
			'Clock error in seconds above which a syslog message is written when chronyd starts correcting it (from NTP, refclocks or `settime`).',
		anchor: 'logchange',
		group: 'logging',
	},
	logdir: {
		usage: 'logdir DIRECTORY',
		summary: 'Directory for the files enabled by `log`; created if it does not exist.',
		anchor: 'logdir',
		group: 'logging',
	},
	mailonchange: {
		usage: 'mailonchange EMAIL THRESHOLD',
		summary:
			'Mails EMAIL (via sendmail) whenever a correction larger than THRESHOLD seconds is applied to the system clock. Unusable with the `-F` system call filter.',
		anchor: 'mailonchange',
		group: 'logging',
	},

	// ---- Miscellaneous ------------------------------------------------------
	confdir: {
		usage: 'confdir DIRECTORY...',
		summary:
			'Includes all `*.conf` files of one or more directories, sorted by file name. When several of the listed directories contain the same file name, only the file from the earliest directory is read, so fragments can be overridden.',
		anchor: 'confdir',
		group: 'files',
	},
	sourcedir: {
		usage: 'sourcedir DIRECTORY...',
		summary:
			'Like `confdir`, but reads `*.sources` files containing only `server`, `pool` and `peer` lines (newline-terminated), which `chronyc reload sources` re-reads at run time, e.g. for servers learned from DHCP.',
		anchor: 'sourcedir',
		group: 'files',
	},
	include: {
		usage: 'include PATTERN',
		summary:
			'Reads another configuration file, or every file matching a glob pattern; at least one file must exist.',
		anchor: 'include',
		group: 'files',
	},
	hwtimestamp: {
		usage: 'hwtimestamp INTERFACE [OPTION]...',
		summary:
			'Turns on NIC hardware timestamping of NTP packets on an interface (`*` = all that support it; Linux, check with `ethtool -T`). It helps most when both ends use it, with `xleave` on the source; chronyd only tracks the NIC clock and never adjusts it.',
		anchor: 'hwtimestamp',
		group: 'hwts',
	},
	hwtstimeout: {
		usage: 'hwtstimeout TIMEOUT',
		summary:
			'Seconds to hold a server response that arrived before the hardware transmit timestamp of its request, waiting for that timestamp. Raise it if measurements often fall back to kernel transmit timestamps.',
		anchor: 'hwtstimeout',
		group: 'hwts',
	},
	maxtxbuffers: {
		usage: 'maxtxbuffers MESSAGES',
		summary:
			'Size of a ring buffer of sent NTP messages that lets chronyd match kernel and hardware transmit timestamps by transmit ID (Linux 6.13+), so they work over non-Ethernet devices and tunnels such as WireGuard. Each slot costs about 1.5 KB; `0` disables it.',
		anchor: 'maxtxbuffers',
		group: 'hwts',
	},
	keyfile: {
		usage: 'keyfile FILE',
		summary:
			'File of symmetric keys, one `ID [TYPE] KEY` per line (key as `ASCII:` text or `HEX:` digits), used by the `key` source option and to answer authenticated clients. Keep it readable only by root and the chrony user; `chronyc keygen` makes keys and `chronyc rekey` reloads the file.',
		anchor: 'keyfile',
		group: 'files',
	},
	lock_all: {
		usage: 'lock_all',
		summary: 'Locks all of chronyd\'s memory in RAM so it is never swapped out, for lower and steadier latency.',
		anchor: 'lock_all',
		group: 'misc',
	},
	pidfile: {
		usage: 'pidfile FILE',
		summary:
			'File where chronyd records its process ID and checks for an already running instance; `/` disables the file.',
		anchor: 'pidfile',
		group: 'files',
	},
	ptpport: {
		usage: 'ptpport PORT',
		summary:
			'Enables NTP over PTP on this UDP port (normally 319): NTP messages travel inside PTP event messages, so NICs that timestamp only PTP can timestamp them and transparent clocks can correct them. Sources must also use `port 319`; 4.9 follows RFC 10030, which is incompatible with the experimental format of 4.2–4.8.',
		anchor: 'ptpport',
		group: 'hwts',
	},
	ptpdomain: {
		usage: 'ptpdomain DOMAIN',
		summary: 'PTP domain number used in sent NTP-over-PTP messages; received messages from other domains are dropped.',
		anchor: 'ptpdomain',
		group: 'hwts',
	},
	sched_priority: {
		usage: 'sched_priority PRIORITY',
		summary:
			'Runs chronyd under the SCHED_FIFO real-time scheduler at this priority for lower, steadier latency; on macOS only `0`/`1` switch the time-constraint policy. Rarely needed.',
		anchor: 'sched_priority',
		group: 'misc',
	},
	user: {
		usage: 'user USER',
		summary: 'System user that chronyd switches to after start-up, dropping root privileges.',
		anchor: 'user',
		group: 'misc',
	},
	dumponexit: {
		usage: 'dumponexit',
		summary:
			'Obsolete and silently ignored: measurement histories are always saved on exit when `dumpdir` is set. Delete it.',
		anchor: '',
		group: 'files',
	},
};

/**
 * Short documentation of keyword options and enumerated values, keyed by
 * option set and then by the word as written in chrony.conf. Sets:
 *
 * - `source`: options of `server`, `pool` and `peer` (`maxsources` is pool-only);
 * - `refclock`: common options of `refclock`;
 * - `refclock-drivers`: driver names (case-sensitive, upper-case);
 * - `refclock-PHC`, `refclock-PPS`, `refclock-SHM`, `refclock-SOCK`,
 *   `refclock-RTC`, `refclock-SENSOR`: driver options appended to the driver
 *   parameter after `:` (keys without the `=VALUE` part, e.g. `pin`);
 * - `hwtimestamp`, `hwtimestamp-rxfilter` (values of `rxfilter`);
 * - `ratelimit` (also `ntsratelimit` and `cmdratelimit`, which lack `kod`);
 * - `local`, `log`, `leapsecmode`, `authselectmode`, `smoothtime`, `driftfile`;
 * - `extfield` (types of the `extfield` source option), `ntsaeads` (IDs),
 *   `opencommands` (command names).
 */
export const CHRONY_OPTION_DOCS: Record<string, Record<string, string>> = {
	source: {
		minpoll: 'Shortest polling interval, log2 seconds (6 = 64 s); negative values mean sub-second polling, only used on fast local networks.',
		maxpoll: 'Longest polling interval, log2 seconds (10 = 1024 s).',
		iburst: 'Sends a quick burst of requests at start and when the source goes online, so the first clock update comes sooner.',
		burst: 'Sends a short burst of requests when a measurement turns out poor, as far as the current interval allows above `minpoll`.',
		key: 'ID of a key from `keyfile` used to authenticate packets to and from this source with a MAC; the server needs the same key under the same ID.',
		nts: 'Authenticates the source with Network Time Security; the address then names the NTS-KE server, which may point to a separate NTP server.',
		certset: 'Number of the trusted certificate set (see `ntstrustedcerts`) used to verify this NTS-KE server.',
		maxntsretry: 'Upper limit of the exponentially growing wait between failed NTS-KE attempts, log2 seconds.',
		maxdelay: 'Measurements whose round-trip delay exceeds this many seconds are discarded.',
		maxdelayratio: 'Discards measurements whose round-trip delay is more than this multiple of the smallest delay among buffered samples.',
		maxdelaydevratio: 'Discards measurements whose delay increase over the minimum, divided by the standard deviation of the samples, exceeds this ratio.',
		maxdelayquant: 'Replaces the `maxdelaydevratio` test: accepts only delays below this long-term quantile of observed delays (e.g. 0.2 keeps the fastest 20 %).',
		mindelay: 'Fixed minimum round-trip delay in seconds, used in place of the smallest measured delay for weighting, asymmetry correction and delay tests.',
		asymmetry: 'Fixed asymmetry of network jitter, from −0.5 to +0.5 (negative: requests are delayed more variably than responses); estimated automatically if unset.',
		offset: 'Constant correction in seconds applied to offsets measured with this source, e.g. for a known path asymmetry.',
		minsamples: 'Lower bound on the samples retained for this source; overrides the `minsamples` directive.',
		maxsamples: 'Upper bound on the samples retained for this source; overrides the `maxsamples` directive.',
		maxunreach: 'Number of polls an unreachable source may stay selected, provided its newest sample is not older than those of reachable sources.',
		filter: 'Median filter that merges the samples of this many polls into one, for very short polling intervals on a LAN.',
		offline: 'Starts the source offline; it is not polled until `chronyc online`.',
		auto_offline: 'Takes the source offline by itself once a request cannot be sent (e.g. no route to the network); `chronyc online` resumes it.',
		prefer: 'Gives this source priority over selectable sources that lack `prefer`.',
		noselect: 'Never selects this source for synchronisation; it is only measured, e.g. for monitoring.',
		trust: 'Assumes this source is correct; only disagreement with other trusted sources can make it a falseticker.',
		require: 'The clock is updated only while at least one `require` source is selectable; other sources are used only if they agree with it.',
		xleave: 'Enables the NTP interleaved mode so the server can send its more accurate kernel or hardware transmit timestamp one exchange later; falls back to basic mode.',
		polltarget: 'Number of measurements the regression should contain; chronyd adapts the polling interval within `minpoll`–`maxpoll` to keep it (higher = shorter polls).',
		port: 'UDP port of the NTP server (319 when using NTP over PTP with `ptpport`).',
		ntsport: 'TCP port of the NTS-KE server used with `nts`.',
		presend: 'From this polling interval up, log2 seconds, an extra request is sent shortly before each measurement to warm up ARP caches.',
		minstratum: 'Raises the stratum assumed for this source to at least this value, so selection avoids it while better sources are reachable.',
		version: 'NTP version number put in requests, for servers that ignore newer versions; the default depends on `key`, `xleave` and `extfield`.',
		copy: 'Adopts the server\'s reference ID and stratum, for chronyd instances on one host (e.g. a `-x` server instance following the main one) where no loop can form; not for `peer`.',
		extfield: 'Enables an NTPv4 extension field given by its hexadecimal type (`10A` network correction, `F323` experimental); repeatable.',
		ipv4: 'Uses only IPv4 addresses of this source (does not override chronyd `-6`).',
		ipv6: 'Uses only IPv6 addresses of this source (does not override chronyd `-4`).',
		maxsources: '`pool` only: number of servers wanted from the pool; chronyd keeps resolving the name until that many respond.',
	},
	refclock: {
		poll: 'Interval at which the filtered driver samples become one measurement, log2 seconds (4 = 16 s; may be negative).',
		dpoll: 'Polling interval of drivers that read the clock themselves rather than wait for events, log2 seconds (0 = 1 s).',
		refid: 'Reference ID of this refclock, up to four ASCII characters; must be unique.',
		lock: 'Pairs each PPS pulse directly with the samples of the refclock with this refid, which supplies the whole seconds.',
		rate: 'Pulse rate of the PPS signal in Hz; more than 1 Hz also needs a negative `dpoll`.',
		maxlockage: 'How old, in pulses, a sample of the `lock` refclock may be to still be paired with a pulse.',
		width: 'Pulse width in seconds, used to drop samples of the unwanted edge when the driver reports both edges.',
		pps: 'Treats any refclock (e.g. SHM, PHC) as a PPS source: only the sub-second part of its offset is used and another source supplies the seconds.',
		offset: 'Constant correction in seconds applied to every sample, for a known fixed error.',
		delay: 'Assumed NTP delay of the refclock in seconds; half of it counts in the error bound used by source selection.',
		stratum: 'Stratum assigned to the refclock (normally 0).',
		precision: 'Precision of the refclock in seconds (default: that of the system clock).',
		maxdispersion: 'Filtered samples with an estimated dispersion above this many seconds are dropped.',
		filter: 'Capacity of the median filter in samples between polls; about 60 % of the samples nearest the median are averaged.',
		prefer: 'Gives this source priority over selectable sources that lack `prefer`.',
		noselect: 'Never selects this refclock; useful for monitoring or for an imprecise clock that only serves a PPS `lock`.',
		trust: 'Assumes this refclock is correct; only disagreement with other trusted sources can make it a falseticker.',
		require: 'The clock is updated only while at least one `require` source is selectable; other sources are used only if they agree with it.',
		tai: 'The refclock keeps TAI: its offset is corrected by the current TAI−UTC offset from `leapsectz` or `leapseclist`; not for PPS refclocks.',
		local: 'Uses a free-running but very stable clock (TCXO, OCXO, atomic) to stabilise the system clock, bypassing source selection; at most one, with the shortest poll.',
		minsamples: 'Lower bound on the samples retained for this refclock; overrides the `minsamples` directive.',
		maxsamples: 'Upper bound on the samples retained for this refclock; overrides the `maxsamples` directive.',
		maxunreach: 'Number of polls an unreachable refclock may stay selected, provided its newest sample is not older than those of reachable sources.',
		optional: 'Lets chronyd start even if the device is missing or the driver fails, ignoring this refclock.',
	},
	'refclock-drivers': {
		PPS: 'Kernel PPS API device such as `/dev/pps0`; pulses carry no full time, so another source (or `lock`) must supply the seconds.',
		SOCK: 'Unix datagram socket created by chronyd at the given path and fed by another program, typically gpsd (start gpsd after chronyd).',
		SHM: 'ntpd-compatible shared memory segment (ntpd driver 28) selected by unit number; deprecated in favour of SOCK for security reasons.',
		PHC: 'PTP hardware clock given as a device path (`/dev/ptpN`) or network interface name; can also timestamp an external PPS input.',
		RTC: 'Real-time clock device used as a reference; cannot be combined with `rtcfile` or `rtcsync`.',
		SENSOR: 'OpenBSD only: the first timedelta sensor of a hw.sensors device such as `nmea0`.',
	},
	'refclock-PHC': {
		nocrossts: 'Does not use precise cross-timestamping between the PHC and the system clock.',
		extpps: 'PPS mode: the PHC timestamps an external pulse signal; the PHC needs no synchronisation, but another source must supply the seconds.',
		pin: '`pin=INDEX`: PHC pin to configure for the external PPS input; `-1` when the pin functions are fixed.',
		channel: '`channel=INDEX`: PHC timestamping channel used in `extpps` mode.',
		clear: 'In `extpps` mode, timestamps falling (clear) edges instead of rising (assert) edges; not supported by every PHC.',
	},
	'refclock-PPS': {
		clear: 'Uses clear (falling-edge) events instead of assert (rising-edge) events.',
	},
	'refclock-SHM': {
		perm: '`perm=MODE`: octal permissions of the shared memory segment when chronyd creates it.',
	},
	/** The SOCK driver takes no driver options. */
	'refclock-SOCK': {},
	'refclock-RTC': {
		utc: 'The RTC keeps UTC rather than local time.',
	},
	/** The SENSOR driver takes no driver options. */
	'refclock-SENSOR': {},
	hwtimestamp: {
		minpoll: 'Shortest interval between NIC clock readings, log2 seconds (0 = 1 s); match the fastest NTP polling of sources and clients.',
		maxpoll: 'Longest interval between NIC clock readings, log2 seconds.',
		minsamples: 'Minimum number of NIC clock readings kept for tracking it.',
		maxsamples: 'Maximum number of NIC clock readings kept for tracking it.',
		precision: 'Assumed precision of NIC clock readings in seconds; larger tracking errors restart the tracking, with kernel or daemon timestamps used meanwhile.',
		txcomp: 'Seconds added to hardware transmit timestamps to reach the moment the packet actually leaves at the physical layer.',
		rxcomp: 'Seconds subtracted from hardware receive timestamps to reach the moment the packet actually arrived at the physical layer.',
		nocrossts: 'Does not use precise cross-timestamping between the NIC clock and the system clock.',
		rxfilter: 'Which received packets the NIC timestamps: `all`, `ntp`, `ptp` or `none` (default: the most specific filter covering NTP).',
	},
	'hwtimestamp-rxfilter': {
		all: 'Timestamp every received packet.',
		ntp: 'Timestamp received NTP packets.',
		ptp: 'Timestamp received PTP packets, e.g. for NTP over PTP (`ptpport`).',
		none: 'Timestamp no received packets; hardware timestamps are used for transmission only.',
	},
	ratelimit: {
		interval: 'Minimum average interval between responses to one address, log2 seconds (negative values allow several per second).',
		burst: 'Number of responses that may be sent in a burst above the `interval` limit, e.g. for `iburst` clients.',
		leak: 'Share of over-limit requests still answered, as a power of 1/2 (2 = one in four), so spoofed requests cannot silence a client.',
		kod: '`ratelimit` only: share of over-limit requests answered with a KoD RATE packet, as a power of 1/2 (0 = none).',
	},
	local: {
		stratum: 'Stratum announced while the local reference is active (1–15); pick one above any real stratum in the network.',
		distance: 'Root distance in seconds the clock must reach before the local reference takes over.',
		activate: 'Root distance in seconds the clock must have dropped below at least once before the local reference may ever activate (0 = no such condition).',
		orphan: 'Orphan mode: servers sharing the same `local` setup poll each other and the one with the lowest reference ID serves; compatible with ntpd orphan mode.',
		waitsynced: 'Minimum time in seconds since the last clock update before the local reference may activate.',
		waitunsynced: 'Delay in seconds before the local reference may take over while the clock is unsynchronised, e.g. right after start.',
	},
	log: {
		rawmeasurements: 'Writes every NTP measurement, valid or not, to `measurements.log`.',
		measurements: 'Writes valid NTP measurements (passing RFC 5905 tests 1–7) to `measurements.log`.',
		statistics: 'Writes per-source regression results (offset, frequency, their errors, sample counts) to `statistics.log`.',
		tracking: 'Writes system clock frequency and offset estimates and corrections to `tracking.log`.',
		rtc: 'Writes RTC offset and drift tracking data to `rtc.log`.',
		refclocks: 'Writes raw and filtered reference clock samples to `refclocks.log`.',
		tempcomp: 'Writes temperature readings and the applied compensation in ppm to `tempcomp.log`.',
		selection: 'Writes per-source selection states and offset intervals to `selection.log`; grows with the square of the number of sources.',
	},
	leapsecmode: {
		system: 'The kernel steps the clock by one second at the leap (default where the system supports it).',
		step: 'chronyd itself steps the clock at the leap, avoiding the kernel leap code.',
		slew: 'The one-second error is removed gradually by slewing after the leap (about 12 s on Linux with the default `maxslewrate`).',
		ignore: 'No leap correction; normal operation removes the error later (e.g. for `-x` instances that rely on another instance).',
	},
	authselectmode: {
		require: 'Unauthenticated NTP sources get `noselect`: authentication is mandatory.',
		prefer: 'If any NTP source is authenticated, unauthenticated ones get `noselect`.',
		mix: 'When both kinds are configured, authenticated sources and refclocks get `require trust`, so unauthenticated sources are used only if they agree (default).',
		ignore: 'Authentication plays no role in selection; only the configured selection options apply.',
	},
	smoothtime: {
		leaponly: 'Smooths only leap seconds, ignoring ordinary offset and frequency corrections; use with `leapsecmode slew` for a leap smear.',
	},
	driftfile: {
		interval: 'Minimum time in seconds between rewrites of the drift file.',
	},
	extfield: {
		'10A': 'Network Correction field: uses corrections of PTP one-step end-to-end transparent clocks in NTP-over-PTP messages (needs `ptpport`, `port 319` and hardware timestamps).',
		F323: 'Experimental field with higher-resolution root delay/dispersion and a monotonic timestamp for frequency transfer; only for chronyd servers.',
		F324: 'Experimental network correction field of 4.5–4.8; no longer supported in 4.9, where it is accepted only as an alias of `10A`.',
	},
	ntsaeads: {
		'15': 'AES-SIV-CMAC-256; required by RFC 8915 on servers.',
		'30': 'AES-128-GCM-SIV; shorter keys and cookies, so NTS packets are less likely to be blocked for their size.',
	},
	opencommands: {
		activity: 'Counts of online/offline sources (open by default).',
		authdata: 'Authentication details of sources.',
		clients: 'Statistics of NTP and command clients.',
		manual: 'List of manually entered samples (open by default).',
		ntpdata: 'Detailed NTP data of sources.',
		rtcdata: 'RTC tracking parameters (open by default).',
		selectdata: 'Source selection details.',
		serverstats: 'Server request and response counters.',
		smoothing: 'State of `smoothtime` (open by default).',
		sourcename: 'Names of sources (open by default).',
		sources: 'List of sources (open by default).',
		sourcestats: 'Per-source statistics (open by default).',
		tracking: 'System clock tracking report (open by default).',
	},
};
