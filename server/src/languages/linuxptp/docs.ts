/**
 * Hover documentation for linuxptp configuration options (ptp4l, ts2phc,
 * phc2sys), written in our own words. The facts come from the upstream
 * man pages and sources of linuxptp 3.1 through 4.4; no man page prose is
 * reproduced here. Defaults, ranges, types and version availability are
 * generated from `config.c` elsewhere and deliberately left out of this file.
 *
 * The value tables at the end (clockClass, timeSource, clockAccuracy) follow
 * IEEE 1588-2008/2019 and ITU-T G.8275.x.
 */

/** Which linuxptp program reads an option from its config file. */
export type LinuxptpProgram = 'ptp4l' | 'ts2phc' | 'phc2sys';

/** Hand-written hover documentation for one linuxptp option (our own words; facts from the upstream man pages). */
export interface OptionDoc {
	/** One to three short sentences: what the option controls and when to change it. Own words. Markdown allowed (`code`). */
	summary: string;
	/** Unit of the value, e.g. 'ns', 's', 'log2 s', 'ppb', 'bool (0/1)'; omit for strings/enums without a unit. */
	unit?: string;
	/** Programs whose man page documents this option (ptp4l(8) documents most; ts2phc.* options are ts2phc; phc2sys(8) lists the few it reads from a config file). */
	programs: LinuxptpProgram[];
	/** For enum options (and meaningful special values): value → one-line meaning. */
	values?: Record<string, string>;
	/** Man page that documents it: 'ptp4l.8', 'ts2phc.8' or 'phc2sys.8'. */
	manPage: string;
}

const BOOL = 'bool (0/1)';
const LOG2_S = 'log2 s';

/**
 * Hover text for every option label found in `config_tab[]` of linuxptp
 * v3.1.1 through v4.4, plus the deprecated spellings that `config.c`
 * rewrites to their current names (`pi_offset_const`, `pi_f_offset_const`,
 * `pi_max_frequency`, `masterOnly`, `slaveOnly`). Keys match the labels
 * exactly, including case.
 */
export const LINUXPTP_DOCS: Record<string, OptionDoc> = {
	active_key_id: {
		summary:
			'Key ID, within the security association selected by `spp`, used to compute the ICV of outgoing Authentication TLVs. Only meaningful together with `spp` and `sa_file`.',
		programs: ['ptp4l', 'ts2phc', 'phc2sys'],
		values: { '0': 'no key selected (authentication not used)' },
		manPage: 'ptp4l.8',
	},
	allow_unauth: {
		summary:
			'pmc only: how strictly pmc checks authentication on management responses and signaling messages when `spp`, `active_key_id` and `sa_file` are set. Not read by ptp4l, ts2phc or phc2sys.',
		programs: [],
		values: {
			'0': 'require a valid Authentication TLV',
			'1': 'also accept responses that carry no Authentication TLV',
			'2': 'accept responses with a missing or failing Authentication TLV (only logs a notice)',
		},
		manPage: 'pmc.8',
	},
	allowedLostResponses: {
		summary:
			'How many peer-delay responses in a row may be missed before the port is declared not `asCapable`. Part of the 802.1AS (gPTP) peer-delay logic.',
		unit: 'messages',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	announceReceiptTimeout: {
		summary:
			'Number of Announce intervals without an Announce from the current master after which that master is considered gone and the BMCA re-runs. Larger values ride out lost packets; smaller values fail over faster.',
		unit: 'announce intervals',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	asCapable: {
		summary:
			'Controls the 802.1AS `asCapable` port flag. `true` bypasses the capability checks (useful for static gPTP/automotive setups and required by `inhibit_delay_req`); `auto` starts as not capable and enables the port once the checks succeed.',
		programs: ['ptp4l'],
		values: {
			true: 'always treat the port as asCapable; skip the 802.1AS checks',
			auto: 'start not capable; become capable when the peer-delay checks pass',
		},
		manPage: 'ptp4l.8',
	},
	assume_two_step: {
		summary:
			'Handle one-step messages as if they were two-step. A workaround for misbehaving 802.1AS bridges; leave off unless you see such a switch.',
		unit: BOOL,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	boundary_clock_jbod: {
		summary:
			'Allow a boundary clock whose ports sit on different PHCs ("just a bunch of devices"). ptp4l then skips its same-PHC check; the PHCs must be kept in sync externally, e.g. by `phc2sys -a` or `ts2phc -a`.',
		unit: BOOL,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	BMCA: {
		summary:
			'Choose between the normal Best Master Clock Algorithm and static roles. With `noop` the roles come from configuration: `clientOnly` (global) makes ports clients, `serverOnly`/`masterOnly` (per port) makes a port a server. Used by the automotive profile for fast start-up.',
		programs: ['ptp4l'],
		values: {
			ptp: 'run the standard IEEE 1588 BMCA state machines',
			noop: 'skip the BMCA; port roles are fixed by clientOnly / serverOnly',
		},
		manPage: 'ptp4l.8',
	},
	check_fup_sync: {
		summary:
			'Extra sanity check that a Sync really arrived before its Follow_Up, using the software receive time stamps. Only needed when the master\'s sequence IDs cannot be trusted; out-of-order delivery is otherwise handled by sequence ID matching.',
		unit: BOOL,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	clientOnly: {
		summary:
			'Make the whole clock slave-only: it never becomes master and advertises clockClass 255. Cannot be combined with `gmCapable 0`. Replaces the older name `slaveOnly`; the `-s` command line flag sets it too.',
		unit: BOOL,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	clockAccuracy: {
		summary:
			'The clockAccuracy code this clock advertises when it is (or competes to be) grandmaster; compared in the BMCA after clockClass. Encodes an accuracy bound, e.g. 0x21 = within 100 ns, 0xFE = unknown.',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	clockClass: {
		summary:
			'The clockClass this clock advertises: its traceability and holdover state, compared in the BMCA right after priority1 (lower wins). Classes up to 127 never become slaves. Forced to 255 by `clientOnly` or `gmCapable 0`.',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	clockIdentity: {
		summary:
			'The 8-octet clockIdentity, written as hex in the form `XXXXXX.XXXX.XXXXXX`. All zeros (or leaving it unset) makes ptp4l derive a unique identity from the interface MAC address; set it only when a fixed identity is needed, and keep it unique.',
		programs: ['ptp4l'],
		values: { '000000.0000.000000': 'generate the identity automatically' },
		manPage: 'ptp4l.8',
	},
	clock_class_threshold: {
		summary:
			'Worst grandmaster clockClass this clock will follow. Announce messages advertising a numerically higher clockClass are ignored, so the port does not lock to a degraded source. Mostly used with the G.8275.x telecom profiles.',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	clock_servo: {
		summary:
			'Algorithm that steers the local clock from the measured offsets. `ntpshm` and `refclock_sock` do not steer anything; they hand the offsets to chronyd/ntpd which then disciplines the clock.',
		programs: ['ptp4l', 'ts2phc', 'phc2sys'],
		values: {
			pi: 'proportional-integral controller (tuned by the pi_* options)',
			linreg: 'adaptive controller based on linear regression of recent offsets',
			ntpshm: 'publish offsets via an NTP shared-memory segment (see ntpshm_segment)',
			nullf: 'keep the frequency offset at zero and correct phase only (SyncE nodes)',
			refclock_sock: 'send samples to a chrony SOCK refclock (see refclock_sock_address)',
		},
		manPage: 'ptp4l.8',
	},
	clock_type: {
		summary:
			'Kind of PTP instance ptp4l runs as. An ordinary clock configured with more than one port is promoted to a boundary clock automatically.',
		programs: ['ptp4l'],
		values: {
			OC: 'ordinary clock',
			BC: 'boundary clock',
			P2P_TC: 'peer-to-peer transparent clock',
			E2E_TC: 'end-to-end transparent clock',
		},
		manPage: 'ptp4l.8',
	},
	'cmlds.client_address': {
		summary:
			'Local UNIX socket path on which a port using `delay_mechanism COMMON_P2P` receives link-delay results from the Common Mean Link Delay Service (CMLDS).',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	'cmlds.domainNumber': {
		summary:
			'domainNumber placed in messages exchanged with the local CMLDS instance when `delay_mechanism` is `COMMON_P2P`.',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	'cmlds.majorSdoId': {
		summary:
			'majorSdoId (transportSpecific) placed in messages exchanged with the local CMLDS instance when `delay_mechanism` is `COMMON_P2P`. Must match the `transportSpecific` of the CMLDS ptp4l.',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	'cmlds.port': {
		summary:
			'Port number on the local CMLDS instance whose link-delay measurements this port uses (`COMMON_P2P` only).',
		programs: ['ptp4l'],
		values: { '0': 'use the same port number as the requesting port' },
		manPage: 'ptp4l.8',
	},
	'cmlds.server_address': {
		summary:
			'UNIX socket path of the local CMLDS instance (a separate ptp4l running the peer-delay service) that `COMMON_P2P` ports query. Must match that instance\'s `uds_address`.',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	dataset_comparison: {
		summary:
			'Data set comparison used by the BMCA. Select `G.8275.x` for the ITU-T G.8275.1/G.8275.2 telecom profiles, which ignore priority1 and add localPriority as a tie breaker.',
		programs: ['ptp4l'],
		values: {
			ieee1588: 'standard IEEE 1588 comparison',
			'G.8275.x': 'ITU-T G.8275.1/G.8275.2 alternate BMCA comparison',
		},
		manPage: 'ptp4l.8',
	},
	delayAsymmetry: {
		summary:
			'Known path asymmetry to correct for. Positive when the master-to-slave direction is slower than slave-to-master, negative in the opposite case.',
		unit: 'ns',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	delay_filter: {
		summary:
			'Filter applied to the measured (peer) path delay before it is used. The median rejects outliers better; the average reacts more smoothly.',
		programs: ['ptp4l'],
		values: {
			moving_average: 'mean of the last delay_filter_length samples',
			moving_median: 'median of the last delay_filter_length samples',
		},
		manPage: 'ptp4l.8',
	},
	delay_filter_length: {
		summary:
			'Window size of the path delay filter selected by `delay_filter`. Longer windows give a steadier delay but follow real delay changes more slowly.',
		unit: 'samples',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	delay_mechanism: {
		summary:
			'How the port measures path delay. Every clock on one communication path must use the same mechanism; 802.1AS (gPTP) and the power profile use `P2P`.',
		programs: ['ptp4l'],
		values: {
			E2E: 'end-to-end Delay_Req/Delay_Resp with the master',
			P2P: 'peer-to-peer Pdelay exchange with the link neighbour',
			Auto: 'start with E2E, switch to P2P once a Pdelay_Req is received',
			COMMON_P2P: 'take link delay from a local CMLDS service (see cmlds.*)',
			NONE: 'no delay measurement; initial_delay is used as a fixed path delay',
		},
		manPage: 'ptp4l.8',
	},
	delay_response_timeout: {
		summary:
			'How many Delay_Resp messages may go missing, while the port is slave, before a synchronization fault is raised and the time stamp processing is reset. `0` disables the check.',
		unit: 'messages',
		programs: ['ptp4l'],
		values: { '0': 'never time out on missing Delay_Resp' },
		manPage: 'ptp4l.8',
	},
	dscp_event: {
		summary:
			'DSCP value set on UDP packets carrying PTP event messages (Sync, Delay_Req, Pdelay_*), for QoS in routed networks. Media profiles prescribe values.',
		programs: ['ptp4l'],
		values: {
			'0': 'best effort (no marking)',
			'46': 'EF — used by AES67',
			'48': 'CS6 — used by RAVENNA',
		},
		manPage: 'ptp4l.8',
	},
	dscp_general: {
		summary:
			'DSCP value set on UDP packets carrying PTP general messages (Announce, Follow_Up, Delay_Resp, management).',
		programs: ['ptp4l'],
		values: {
			'0': 'best effort (no marking)',
			'34': 'AF41 — used by AES67',
			'46': 'EF — used by RAVENNA',
		},
		manPage: 'ptp4l.8',
	},
	domainNumber: {
		summary:
			'PTP domain of the clock; only messages of the same domain interact. In phc2sys (and ts2phc `-a`) it is the domain used for management queries to ptp4l, so it must match ptp4l\'s value.',
		programs: ['ptp4l', 'phc2sys'],
		values: {
			'0': 'IEEE 1588 default domain; also gPTP and AES67',
			'4': 'ITU-T G.8265.1 default',
			'24': 'ITU-T G.8275.1 default',
			'44': 'ITU-T G.8275.2 default',
			'127': 'SMPTE ST 2059-2 default',
		},
		manPage: 'ptp4l.8',
	},
	egressLatency: {
		summary:
			'Offset between the hardware transmit time stamp and the moment the message actually crosses the reference plane (the wire). Added to every egress time stamp to calibrate the PHY/MAC path.',
		unit: 'ns',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	fault_badpeernet_interval: {
		summary:
			'How long a port stays disabled after a peer network misconfiguration is detected (e.g. several peers answering Pdelay) before the fault is cleared. Plain seconds, not log2.',
		unit: 's',
		programs: ['ptp4l'],
		values: {
			ASAP: 'clear the fault immediately (same as 0)',
			'0': 'clear the fault immediately',
		},
		manPage: 'ptp4l.8',
	},
	fault_reset_interval: {
		summary:
			'Wait time before a faulty port is reset and tried again, given as a power of two in seconds (4 means 16 s).',
		unit: LOG2_S,
		programs: ['ptp4l'],
		values: {
			ASAP: 'reset the fault immediately (same as -128)',
			'-128': 'reset the fault immediately',
		},
		manPage: 'ptp4l.8',
	},
	first_step_threshold: {
		summary:
			'Offset limit checked only on the first servo update: a larger initial offset is removed by stepping the clock, a smaller one by slewing (or phase adjustment with `nullf`). After start-up, `step_threshold` takes over. Formerly `pi_f_offset_const`.',
		unit: 's',
		programs: ['ptp4l', 'ts2phc', 'phc2sys'],
		values: { '0': 'never step at start-up; always slew' },
		manPage: 'ptp4l.8',
	},
	follow_up_info: {
		summary:
			'Attach the 802.1AS Follow_Up information TLV to Follow_Up messages. Enable for gPTP.',
		unit: BOOL,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	free_running: {
		summary:
			'Measure but never adjust the clock(s). Useful for monitoring how well clocks agree and for a CMLDS-only ptp4l instance.',
		unit: BOOL,
		programs: ['ptp4l', 'ts2phc', 'phc2sys'],
		manPage: 'ptp4l.8',
	},
	freq_est_interval: {
		summary:
			'Averaging interval, as a power of two in seconds, for estimating the frequency ratio between the local clock and the peer (neighbor rate ratio).',
		unit: LOG2_S,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	'G.8275.defaultDS.localPriority': {
		summary:
			'Local priority of this clock in the G.8275.x alternate BMCA, the tie breaker after clockClass, clockAccuracy, offsetScaledLogVariance and priority2 (lower wins). Only used with `dataset_comparison G.8275.x`; changing it from the stock value can create timing loops, so plan the topology carefully.',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	'G.8275.portDS.localPriority': {
		summary:
			'Local priority attached to Announce messages received on this port in the G.8275.x alternate BMCA; lets you prefer one upstream port over another when the clock qualities tie (lower wins). Only used with `dataset_comparison G.8275.x`; non-stock values can create timing loops.',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	gmCapable: {
		summary:
			'802.1AS only: whether this system may become grandmaster. Setting 0 forces clockClass 255 and cannot be combined with `clientOnly`. No effect for plain IEEE 1588 clocks.',
		unit: BOOL,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	hwts_filter: {
		summary:
			'How ptp4l programs the NIC hardware receive time stamp filter. Use `check` when another tool owns the setting, `full` when other applications on the same interface also need receive time stamps.',
		programs: ['ptp4l'],
		values: {
			normal: 'set the filter ptp4l needs',
			check: 'only verify the current filter, never change it',
			full: 'time stamp all received packets (HWTSTAMP_FILTER_ALL)',
		},
		manPage: 'ptp4l.8',
	},
	hybrid_e2e: {
		summary:
			'Hybrid (multicast + unicast) E2E mode from the Enterprise profile: slaves send Delay_Req by unicast to the master taken from its Announce, and masters answer unicast requests with unicast Delay_Resp. No effect with P2P.',
		unit: BOOL,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	ignore_source_id: {
		summary:
			'Accept Sync and Follow_Up regardless of their source port identity. Needed on slaves when the master sends no Announce (`inhibit_announce`), as in the automotive profile.',
		unit: BOOL,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	ignore_transport_specific: {
		summary:
			'Do not drop received messages whose transportSpecific (majorSdoId) field differs from the configured `transportSpecific`. Useful with equipment that sets these bits unexpectedly.',
		unit: BOOL,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	ingressLatency: {
		summary:
			'Offset between the moment a message crosses the reference plane and the hardware receive time stamp. Subtracted from every ingress time stamp to calibrate the PHY/MAC path.',
		unit: 'ns',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	inhibit_announce: {
		summary:
			'Stop sending Announce messages and stop the Announce receipt timeout. Used with static roles (`BMCA noop`) in the automotive profile; slaves then need `ignore_source_id 1`.',
		unit: BOOL,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	inhibit_delay_req: {
		summary:
			'Never send Delay_Req messages, e.g. on a designated master that does not need path delay. ptp4l refuses to start unless `asCapable` is `true`.',
		unit: BOOL,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	inhibit_multicast_service: {
		summary:
			'Suppress all multicast transmission on the port, for unicast-only profiles such as G.8265.1 and G.8275.2.',
		unit: BOOL,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	initial_delay: {
		summary:
			'Path delay assumed before the first real delay measurement, so the clock can be corrected right away. With `delay_mechanism NONE` it is used permanently as the fixed path delay.',
		unit: 'ns',
		programs: ['ptp4l'],
		values: { '0': 'do not correct the clock until a delay has been measured' },
		manPage: 'ptp4l.8',
	},
	interface_rate_tlv: {
		summary:
			'Exchange the interface rate TLV (ITU-T G.8275.2 Annex D) so that a master and slave running at different link speeds can compensate the resulting delay asymmetry.',
		unit: BOOL,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	kernel_leap: {
		summary:
			'On an announced leap second, let the kernel step the system clock. When off, the servo slews out the one-second error instead (unless `step_threshold` makes it step). Only matters when the system clock is being disciplined (ptp4l with software time stamping, phc2sys with CLOCK_REALTIME as sink).',
		unit: BOOL,
		programs: ['ptp4l', 'phc2sys'],
		manPage: 'ptp4l.8',
	},
	leapfile: {
		summary:
			'Path of a leap-seconds list (e.g. `/usr/share/zoneinfo/leap-seconds.list` from tzdata) used by ts2phc to convert UTC ToD to TAI; it is reloaded when it changes. Empty means use the table built into the program, which ages with the release.',
		programs: ['ts2phc'],
		manPage: 'ts2phc.8',
	},
	logAnnounceInterval: {
		summary:
			'Mean Announce interval as a power of two in seconds (1 = every 2 s, -3 = 8 per second). Shorter intervals speed up master selection; keep it identical across the domain.',
		unit: LOG2_S,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	logMinDelayReqInterval: {
		summary:
			'Minimum mean interval between Delay_Req messages (E2E), as a power of two in seconds. Shorter intervals track path delay changes faster at the cost of more traffic.',
		unit: LOG2_S,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	logMinPdelayReqInterval: {
		summary:
			'Minimum mean interval between Pdelay_Req messages (P2P), as a power of two in seconds.',
		unit: LOG2_S,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	logSyncInterval: {
		summary:
			'Mean Sync interval as a power of two in seconds (0 = 1/s, -4 = 16/s). More frequent Sync messages usually improve synchronization accuracy; the servo gains scale with this interval.',
		unit: LOG2_S,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	logging_level: {
		summary:
			'Most verbose syslog severity that is still logged; same as `-l`. Messages with a higher number are dropped.',
		unit: 'syslog level',
		programs: ['ptp4l', 'ts2phc', 'phc2sys'],
		values: {
			'0': 'LOG_EMERG',
			'1': 'LOG_ALERT',
			'2': 'LOG_CRIT',
			'3': 'LOG_ERR',
			'4': 'LOG_WARNING',
			'5': 'LOG_NOTICE',
			'6': 'LOG_INFO',
			'7': 'LOG_DEBUG (very verbose)',
		},
		manPage: 'ptp4l.8',
	},
	masterOnly: {
		summary:
			'Original name of `serverOnly`, from before the master/slave → server/client renaming; where `serverOnly` exists it is a deprecated alias that ptp4l maps to it with a warning. When 1 the port never becomes slave and ignores received Announce messages.',
		unit: BOOL,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	maxStepsRemoved: {
		summary:
			'Announce messages whose stepsRemoved is at or above this value are left out of the BMCA, limiting how many boundary clocks deep a master may be. The telecom profiles set it to 255.',
		unit: 'hops',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	message_tag: {
		summary:
			'Tag prefixed to every log line, handy when several instances share one log (same as `-t` in phc2sys). Where supported, `{level}` in the tag is replaced by the numeric log level.',
		programs: ['ptp4l', 'ts2phc', 'phc2sys'],
		manPage: 'ptp4l.8',
	},
	manufacturerIdentity: {
		summary:
			'Manufacturer OUI reported in management (CLOCK_DESCRIPTION) responses, written as three hex octets `XX:XX:XX`.',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	max_frequency: {
		summary:
			'Upper bound on the frequency correction the servo may apply, on top of the limit of the hardware/driver. Formerly `pi_max_frequency`.',
		unit: 'ppb',
		programs: ['ptp4l', 'ts2phc'],
		values: { '0': 'use only the hardware limit' },
		manPage: 'ptp4l.8',
	},
	min_neighbor_prop_delay: {
		summary:
			'Lower bound on the measured peer delay (a negative value); below it the port is marked not 802.1AS-capable. Pairs with `neighborPropDelayThresh` as the upper bound.',
		unit: 'ns',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	msg_interval_request: {
		summary:
			'Once the servo reaches SERVO_LOCKED_STABLE, switch to the operational rates: request `operLogSyncInterval` from the master via a signaling message and apply `operLogPdelayReqInterval` locally. Used by the automotive profile.',
		unit: BOOL,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	neighborPropDelayThresh: {
		summary:
			'Upper bound on the measured peer delay; above it the port is marked not 802.1AS-capable. gPTP configurations commonly use 800 ns.',
		unit: 'ns',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	net_sync_monitor: {
		summary:
			'Answer NetSync Monitor (NSM) queries: a unicast Delay_Req from a monitor is answered with unicast Delay_Resp, Sync and Follow_Up so the monitor can estimate this node\'s offset. Requires `hybrid_e2e 1`.',
		unit: BOOL,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	network_transport: {
		summary:
			'Network transport for PTP messages. gPTP and G.8275.1 use `L2`; G.8275.2, G.8265.1 and most enterprise/media setups use UDP.',
		programs: ['ptp4l'],
		values: {
			UDPv4: 'PTP over UDP/IPv4 (ports 319/320)',
			UDPv6: 'PTP over UDP/IPv6 (ports 319/320)',
			L2: 'PTP directly over Ethernet (EtherType 0x88F7)',
		},
		manPage: 'ptp4l.8',
	},
	ntpshm_segment: {
		summary:
			'NTP shared memory segment (unit) number that the `ntpshm` servo writes to; it must match the SHM refclock unit configured in chronyd/ntpd.',
		programs: ['ptp4l', 'ts2phc', 'phc2sys'],
		manPage: 'ptp4l.8',
	},
	offsetScaledLogVariance: {
		summary:
			'Advertised stability estimate of this clock (a log-scaled variance), compared in the BMCA after clockAccuracy. Lower means more stable.',
		programs: ['ptp4l'],
		values: { '65535': '0xFFFF — worst value; stability not computed or unknown' },
		manPage: 'ptp4l.8',
	},
	operLogPdelayReqInterval: {
		summary:
			'Pdelay_Req interval, as a power of two in seconds, that the port switches to once the servo is SERVO_LOCKED_STABLE. Only applied when `msg_interval_request` is enabled.',
		unit: LOG2_S,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	operLogSyncInterval: {
		summary:
			'Sync interval, as a power of two in seconds, that the slave asks the master for (message interval request TLV) once the servo is SERVO_LOCKED_STABLE. Only applied when `msg_interval_request` is enabled.',
		unit: LOG2_S,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	p2p_dst_ipv4: {
		summary: 'IPv4 multicast destination for peer-delay messages. Only used with the UDPv4 transport.',
		programs: ['ptp4l'],
		values: { '224.0.0.107': 'standard link-local PTP peer-delay group' },
		manPage: 'ptp4l.8',
	},
	p2p_dst_ipv6: {
		summary: 'IPv6 multicast destination for peer-delay messages. Only used with the UDPv6 transport.',
		programs: ['ptp4l'],
		values: { 'FF02:0:0:0:0:0:0:6B': 'standard link-local PTP peer-delay group' },
		manPage: 'ptp4l.8',
	},
	p2p_dst_mac: {
		summary: 'Ethernet multicast destination for peer-delay messages. Only used with the L2 transport.',
		programs: ['ptp4l'],
		values: { '01:80:C2:00:00:0E': 'standard non-forwardable (link-local) address' },
		manPage: 'ptp4l.8',
	},
	path_trace_enabled: {
		summary:
			'Add the path trace TLV to Announce messages, recording the clocks each Announce passed through. Required for 802.1AS (gPTP).',
		unit: BOOL,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	phc_index: {
		summary:
			'Index N of the PHC (`/dev/ptpN`) used with hardware time stamping. Mainly for PTP virtual clocks layered over a free-running physical PHC (created through `/sys/class/ptp/ptp*/n_vclocks`).',
		programs: ['ptp4l'],
		values: { '-1': 'use the PHC of the interface (or the device given with -p)' },
		manPage: 'ptp4l.8',
	},
	pi_f_offset_const: {
		summary:
			'Deprecated name of `first_step_threshold`; it is rewritten to that option with a warning, wherever that option is read. Maximum initial offset corrected by slewing instead of a step.',
		unit: 's',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	pi_integral_const: {
		summary:
			'Fixed integral gain (ki) of the PI servo. With 0 the gain is derived from the sync interval T: ki = min(ki_scale·T^ki_exponent, ki_norm_max/T).',
		programs: ['ptp4l', 'ts2phc', 'phc2sys'],
		values: { '0': 'compute ki from the sync interval' },
		manPage: 'ptp4l.8',
	},
	pi_integral_exponent: {
		summary:
			'Exponent (ki_exponent) applied to the sync interval when the PI integral gain is derived automatically (`pi_integral_const 0`).',
		programs: ['ptp4l', 'ts2phc'],
		manPage: 'ptp4l.8',
	},
	pi_integral_norm_max: {
		summary:
			'Cap (ki_norm_max) on the automatically derived integral gain: ki is never larger than this value divided by the sync interval.',
		programs: ['ptp4l', 'ts2phc'],
		manPage: 'ptp4l.8',
	},
	pi_integral_scale: {
		summary:
			'Scale factor (ki_scale) for the automatically derived PI integral gain.',
		programs: ['ptp4l', 'ts2phc'],
		values: { '0': 'pick automatically: 0.3 with hardware, 0.001 with software time stamping' },
		manPage: 'ptp4l.8',
	},
	pi_max_frequency: {
		summary:
			'Deprecated name of `max_frequency`; it is rewritten to that option with a warning. Limit on the frequency correction applied by the servo.',
		unit: 'ppb',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	pi_offset_const: {
		summary:
			'Deprecated name of `step_threshold`; it is rewritten to that option with a warning. Offset above which the servo steps the clock after start-up.',
		unit: 's',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	pi_proportional_const: {
		summary:
			'Fixed proportional gain (kp) of the PI servo. With 0 the gain is derived from the sync interval T: kp = min(kp_scale·T^kp_exponent, kp_norm_max/T).',
		programs: ['ptp4l', 'ts2phc', 'phc2sys'],
		values: { '0': 'compute kp from the sync interval' },
		manPage: 'ptp4l.8',
	},
	pi_proportional_exponent: {
		summary:
			'Exponent (kp_exponent) applied to the sync interval when the PI proportional gain is derived automatically (`pi_proportional_const 0`).',
		programs: ['ptp4l', 'ts2phc'],
		manPage: 'ptp4l.8',
	},
	pi_proportional_norm_max: {
		summary:
			'Cap (kp_norm_max) on the automatically derived proportional gain: kp is never larger than this value divided by the sync interval.',
		programs: ['ptp4l', 'ts2phc'],
		manPage: 'ptp4l.8',
	},
	pi_proportional_scale: {
		summary:
			'Scale factor (kp_scale) for the automatically derived PI proportional gain.',
		programs: ['ptp4l', 'ts2phc'],
		values: { '0': 'pick automatically: 0.7 with hardware, 0.1 with software time stamping' },
		manPage: 'ptp4l.8',
	},
	'power_profile.version': {
		summary:
			'Enables the IEEE C37.238 power profile TLV in the given edition. Can be changed at run time with the POWER_PROFILE_SETTINGS_NP management message.',
		programs: ['ptp4l'],
		values: {
			none: 'power profile not used',
			'2011': 'IEEE C37.238-2011 (grandmaster and network inaccuracy fields)',
			'2017': 'IEEE C37.238-2017 (total time inaccuracy field)',
		},
		manPage: 'ptp4l.8',
	},
	'power_profile.2011.grandmasterTimeInaccuracy': {
		summary:
			'Grandmaster time inaccuracy advertised in the C37.238-2011 TLV. Only used with `power_profile.version 2011`; adjustable via POWER_PROFILE_SETTINGS_NP.',
		unit: 'ns',
		programs: ['ptp4l'],
		values: { '-1': 'inaccuracy unknown' },
		manPage: 'ptp4l.8',
	},
	'power_profile.2011.networkTimeInaccuracy': {
		summary:
			'Network time inaccuracy advertised in the C37.238-2011 TLV. Only used with `power_profile.version 2011`; adjustable via POWER_PROFILE_SETTINGS_NP.',
		unit: 'ns',
		programs: ['ptp4l'],
		values: { '-1': 'inaccuracy unknown' },
		manPage: 'ptp4l.8',
	},
	'power_profile.2017.totalTimeInaccuracy': {
		summary:
			'Total time inaccuracy (grandmaster + network + this node) advertised in the C37.238-2017 TLV. Only used with `power_profile.version 2017`; adjustable via POWER_PROFILE_SETTINGS_NP.',
		unit: 'ns',
		programs: ['ptp4l'],
		values: { '-1': 'inaccuracy unknown' },
		manPage: 'ptp4l.8',
	},
	'power_profile.grandmasterID': {
		summary:
			'Power-profile-specific grandmaster ID carried in the C37.238 TLV; an arbitrary number unrelated to the clockIdentity. Adjustable via POWER_PROFILE_SETTINGS_NP.',
		programs: ['ptp4l'],
		values: { '0': 'no grandmaster ID' },
		manPage: 'ptp4l.8',
	},
	priority1: {
		summary:
			'First BMCA attribute compared (lower wins). Use it to force or prevent grandmaster selection regardless of clock quality; ignored by the G.8275.x comparison.',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	priority2: {
		summary:
			'BMCA tie breaker evaluated after clockClass, clockAccuracy and offsetScaledLogVariance (lower wins). Typically used to rank otherwise equal grandmasters, e.g. primary vs. backup.',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	productDescription: {
		summary:
			'Product description returned in management responses, as `manufacturerName;modelNumber;instanceIdentifier` (up to 64 UTF-8 characters).',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	ptp_dst_ipv4: {
		summary: 'IPv4 multicast destination for all PTP messages except peer delay. Only used with the UDPv4 transport.',
		programs: ['ptp4l'],
		values: { '224.0.1.129': 'standard PTP primary multicast group' },
		manPage: 'ptp4l.8',
	},
	ptp_dst_ipv6: {
		summary:
			'IPv6 multicast destination for all PTP messages except peer delay. Its second byte (scope) is replaced by `udp6_scope`. Only used with the UDPv6 transport.',
		programs: ['ptp4l'],
		values: { 'FF0E:0:0:0:0:0:0:181': 'standard PTP primary multicast group (global scope)' },
		manPage: 'ptp4l.8',
	},
	ptp_dst_mac: {
		summary:
			'Ethernet multicast destination for all PTP messages except peer delay. Only used with the L2 transport; gPTP and G.8275.1 switch it to the non-forwardable address.',
		programs: ['ptp4l'],
		values: {
			'01:1B:19:00:00:00': 'standard forwardable PTP multicast address',
			'01:80:C2:00:00:0E': 'non-forwardable link-local address (gPTP, G.8275.1)',
		},
		manPage: 'ptp4l.8',
	},
	ptp_minor_version: {
		summary:
			'minorVersionPTP written into the common message header. Authentication TLVs (`spp`) need version 2.1; set 0 only for peers that reject 2.1 messages.',
		programs: ['ptp4l'],
		values: {
			'0': 'PTP v2.0 (IEEE 1588-2008)',
			'1': 'PTP v2.1 (IEEE 1588-2019)',
		},
		manPage: 'ptp4l.8',
	},
	refclock_sock_address: {
		summary:
			'UNIX socket path the `refclock_sock` servo sends samples to; must match the path of the SOCK refclock in chrony.conf.',
		programs: ['ptp4l', 'phc2sys'],
		manPage: 'ptp4l.8',
	},
	revisionData: {
		summary:
			'Hardware, firmware and software revisions returned in management responses, as `HW;FW;SW` (up to 32 UTF-8 characters).',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	sa_file: {
		summary:
			'Path of the security association file for the IEEE 1588-2019 Authentication TLV (keys, `spp` entries). Ports then pick an association with `spp` and a key with `active_key_id`. Empty disables authentication.',
		programs: ['ptp4l', 'ts2phc', 'phc2sys'],
		manPage: 'ptp4l.8',
	},
	sanity_freq_limit: {
		summary:
			'Sanity check on the clock: if the uncorrected frequency offset against the monotonic clock exceeds this limit, a warning is logged and the servo is reset. ptp4l also warns if someone else changes the frequency it set.',
		unit: 'ppb',
		programs: ['ptp4l', 'phc2sys'],
		values: { '0': 'sanity check disabled' },
		manPage: 'ptp4l.8',
	},
	serverOnly: {
		summary:
			'Keep this port from ever entering the slave (client) state; Announce messages received on it are ignored. Intended for telecom profiles (G.8265.1, G.8275.1, G.8275.2) and for static roles with `BMCA noop`. Replaces `masterOnly`.',
		unit: BOOL,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	servo_num_offset_values: {
		summary:
			'How many consecutive offsets must stay below `servo_offset_threshold` before the servo moves from SERVO_LOCKED to SERVO_LOCKED_STABLE.',
		unit: 'samples',
		programs: ['ptp4l', 'ts2phc'],
		manPage: 'ptp4l.8',
	},
	servo_offset_threshold: {
		summary:
			'Offset magnitude below which samples count towards the SERVO_LOCKED_STABLE state (see `servo_num_offset_values`). That state drives `msg_interval_request`, `write_phase_mode` and ts2phc holdover.',
		unit: 'ns',
		programs: ['ptp4l', 'ts2phc'],
		values: { '0': 'never enter SERVO_LOCKED_STABLE' },
		manPage: 'ptp4l.8',
	},
	slave_event_monitor: {
		summary:
			'UNIX socket path of a local monitoring client that receives SLAVE_RX_SYNC_TIMING_DATA and SLAVE_DELAY_TIMING_DATA_NP TLVs with the slave\'s time stamps. Empty disables.',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	slaveOnly: {
		summary:
			'Original name of `clientOnly`, from before the master/slave → server/client renaming; where `clientOnly` exists it is a deprecated alias that ptp4l maps to it with a warning. When 1 the clock is slave-only and never becomes master.',
		unit: BOOL,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	socket_priority: {
		summary:
			'SO_PRIORITY set on the PTP sockets, so traffic can be steered by Linux qdiscs (e.g. taprio/mqprio traffic classes). Only honoured with the L2 transport.',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	spp: {
		summary:
			'Security Parameters Pointer selecting the security association from `sa_file`; the port then adds Authentication TLVs to outgoing messages and checks them on incoming ones. Not usable with one-step ports or PTP v2.0 (`ptp_minor_version 0`).',
		programs: ['ptp4l', 'ts2phc', 'phc2sys'],
		values: { '-1': 'authentication disabled on this port' },
		manPage: 'ptp4l.8',
	},
	step_threshold: {
		summary:
			'After start-up, offsets larger than this are removed by stepping the clock; smaller ones are slewed (or phase-corrected with `nullf`). The first update uses `first_step_threshold` instead. Formerly `pi_offset_const`.',
		unit: 's',
		programs: ['ptp4l', 'ts2phc', 'phc2sys'],
		values: { '0': 'never step after the first update' },
		manPage: 'ptp4l.8',
	},
	step_window: {
		summary:
			'Number of Sync events after a clock step during which the servo makes no further step or frequency adjustment, for hardware where a step takes time to show up in the time stamps.',
		unit: 'Sync messages',
		programs: ['ptp4l'],
		values: { '0': 'no hold-off after a step' },
		manPage: 'ptp4l.8',
	},
	summary_interval: {
		summary:
			'Period, as a power of two in seconds, of the statistics log line (RMS and max offset, frequency mean/stddev, path delay mean/stddev). With a single update per period the raw sample is logged instead.',
		unit: LOG2_S,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	syncReceiptTimeout: {
		summary:
			'Number of Sync/Follow_Up intervals that may pass without a message before the BMCA is re-run. Used for 802.1AS (gPTP).',
		unit: 'sync intervals',
		programs: ['ptp4l'],
		values: { '0': 'no Sync timeout' },
		manPage: 'ptp4l.8',
	},
	tc_spanning_tree: {
		summary:
			'On a transparent clock, increment stepsRemoved in forwarded Announce messages. If every switch does this (and runs the BMCA), Announce loops cannot form.',
		unit: BOOL,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	timeSource: {
		summary:
			'Code for the kind of time source behind this clock (e.g. 0x20 GNSS, 0xA0 internal oscillator), advertised while grandmaster. Informational only; the BMCA ignores it.',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	time_stamping: {
		summary:
			'Time stamping method. One-step modes need NIC support and imply `twoStepFlag 0`.',
		programs: ['ptp4l'],
		values: {
			hardware: 'NIC hardware time stamps, two-step',
			software: 'kernel software time stamps (disciplines the system clock)',
			legacy: 'legacy hardware time stamping for old drivers',
			onestep: 'hardware one-step Sync (time inserted on the fly)',
			p2p1step: 'one-step Sync plus one-step Pdelay_Resp',
		},
		manPage: 'ptp4l.8',
	},
	transportSpecific: {
		summary:
			'Value of the transportSpecific (majorSdoId) header nibble sent and expected in messages; mismatching messages are dropped unless `ignore_transport_specific` is set. phc2sys uses it for its management queries to ptp4l.',
		programs: ['ptp4l', 'phc2sys'],
		values: {
			'0': 'plain IEEE 1588',
			'1': 'IEEE 802.1AS (gPTP)',
			'2': 'CMLDS (common mean link delay service)',
		},
		manPage: 'ptp4l.8',
	},
	'ts2phc.channel': {
		summary:
			'Time stamping channel (EXTTS) of the PHC used for the PPS input; for a PHC acting as PPS source it is the periodic output (PEROUT) channel.',
		programs: ['ts2phc'],
		manPage: 'ts2phc.8',
	},
	'ts2phc.extts_correction': {
		summary:
			'Correction added to every external PPS time stamp, e.g. a negative value to remove cable or receiver delay.',
		unit: 'ns',
		programs: ['ts2phc'],
		manPage: 'ts2phc.8',
	},
	'ts2phc.extts_polarity': {
		summary:
			'Which PPS edge is time stamped. Use `both` for PHCs that always stamp both edges; ts2phc then discards the unwanted edge using `ts2phc.pulsewidth`.',
		programs: ['ts2phc'],
		values: {
			rising: 'time stamp rising edges',
			falling: 'time stamp falling edges',
			both: 'time stamp both edges and reject the wrong one by pulse width',
		},
		manPage: 'ts2phc.8',
	},
	'ts2phc.holdover': {
		summary:
			'How long ts2phc keeps disciplining the sinks from PPS alone after ToD is lost (e.g. GNSS fix lost), provided the servo is SERVO_LOCKED_STABLE (needs `servo_offset_threshold`). Not available with `-a` or `extts_polarity both`.',
		unit: 's',
		programs: ['ts2phc'],
		values: { '0': 'no holdover' },
		manPage: 'ts2phc.8',
	},
	'ts2phc.master': {
		summary:
			'Set to 1 in a PHC\'s section to make that PHC the PPS source, generating the signal on its periodic output; other PHCs are sinks. Only one source is allowed.',
		unit: BOOL,
		programs: ['ts2phc'],
		manPage: 'ts2phc.8',
	},
	'ts2phc.nmea_baudrate': {
		summary:
			'Serial speed of `ts2phc.nmea_serialport` for the NMEA ToD source.',
		unit: 'bit/s',
		programs: ['ts2phc'],
		manPage: 'ts2phc.8',
	},
	'ts2phc.nmea_delay': {
		summary:
			'Minimum expected delay of the NMEA RMC sentence after its PPS edge. Set it if RMC can arrive more than 1 s late (or later than `ts2phc.pulsewidth` with `extts_polarity both`) so ToD is matched to the right pulse.',
		unit: 'ns',
		programs: ['ts2phc'],
		manPage: 'ts2phc.8',
	},
	'ts2phc.nmea_remote_host': {
		summary:
			'Host that serves NMEA ToD over TCP. When both this and `ts2phc.nmea_remote_port` are set, the network connection is used instead of the serial port.',
		programs: ['ts2phc'],
		manPage: 'ts2phc.8',
	},
	'ts2phc.nmea_remote_port': {
		summary:
			'TCP port for NMEA ToD on `ts2phc.nmea_remote_host`. Both must be set to use the network instead of the serial port.',
		programs: ['ts2phc'],
		manPage: 'ts2phc.8',
	},
	'ts2phc.nmea_serialport': {
		summary:
			'Serial device delivering NMEA RMC sentences (ToD) when the PPS source is `nmea`. Ignored if a remote host and port are configured.',
		programs: ['ts2phc'],
		manPage: 'ts2phc.8',
	},
	'ts2phc.perout_phase': {
		summary:
			'Phase of the generated PPS edge relative to the start of the second, when the source is a PHC. If unset, the phase is not passed to the kernel and the output is started at an absolute full second instead (not supported by every driver).',
		unit: 'ns',
		programs: ['ts2phc'],
		manPage: 'ts2phc.8',
	},
	'ts2phc.pin_index': {
		summary:
			'Programmable pin of the PHC assigned to the external time stamp input (or periodic output for a PHC source).',
		programs: ['ts2phc'],
		manPage: 'ts2phc.8',
	},
	'ts2phc.pulsewidth': {
		summary:
			'Width of the PPS pulse. Used to reject the unwanted edge with `extts_polarity both`; a PHC source also tries to generate pulses of this width.',
		unit: 'ns',
		programs: ['ts2phc'],
		manPage: 'ts2phc.8',
	},
	'ts2phc.tod_source': {
		summary:
			'Where the time of day for the PPS comes from: `generic` (PPS only, system time supplies the second), `nmea` (GNSS receiver RMC sentences), or a PHC given as `/dev/ptpN` or interface name. Same as `-s`.',
		programs: ['ts2phc'],
		values: {
			generic: '1-PPS without ToD; seconds come from the system clock',
			nmea: '1-PPS with ToD from NMEA RMC sentences',
		},
		manPage: 'ts2phc.8',
	},
	tsproc_mode: {
		summary:
			'How offset and delay are combined from the time stamps. Raw modes suit Sync and delay request rates of similar magnitude; weighted modes help with heavy jitter such as software time stamping.',
		programs: ['ptp4l'],
		values: {
			filter: 'use the filtered path delay',
			raw: 'use the latest unfiltered path delay',
			filter_weight: 'filtered delay; samples weighted by filtered/raw delay ratio',
			raw_weight: 'unfiltered delay; samples weighted by filtered/raw delay ratio',
		},
		manPage: 'ptp4l.8',
	},
	twoStepFlag: {
		summary:
			'Send Sync as two-step (precise time in a Follow_Up). 0 selects one-step, which requires hardware support; it is aligned with `time_stamping` automatically.',
		unit: BOOL,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	tx_timestamp_timeout: {
		summary:
			'How long ptp4l polls for a transmit time stamp after sending. Raise it if the log reports timeouts while polling for tx timestamps (slow drivers, starved kworker threads).',
		unit: 'ms',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	udp_ttl: {
		summary:
			'IPv4 TTL / IPv6 hop limit of multicast PTP packets. Keep 1 to stay on the local subnet; raise it only when multicast PTP must cross routers.',
		unit: 'hops',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	udp6_scope: {
		summary:
			'IPv6 multicast scope nibble placed into the second byte of `ptp_dst_ipv6` (RFC 4291). Only used with the UDPv6 transport.',
		programs: ['ptp4l'],
		values: {
			'1': '0x1 — interface-local',
			'2': '0x2 — link-local',
			'4': '0x4 — admin-local',
			'5': '0x5 — site-local',
			'8': '0x8 — organization-local',
			'14': '0xE — global',
		},
		manPage: 'ptp4l.8',
	},
	uds_address: {
		summary:
			'UNIX socket on which ptp4l accepts local management messages (pmc, phc2sys). For phc2sys it is the ptp4l socket to query; change it when several ptp4l instances run.',
		programs: ['ptp4l', 'phc2sys'],
		manPage: 'ptp4l.8',
	},
	uds_file_mode: {
		summary:
			'Permissions of the `uds_address` socket file, as an octal number with a leading 0 (e.g. 0660).',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	uds_ro_address: {
		summary:
			'Second, read-only management socket: it only answers GET requests and does not forward to other ports, so it can be exposed to unprivileged monitoring tools.',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	uds_ro_file_mode: {
		summary:
			'Permissions of the read-only `uds_ro_address` socket file, as an octal number with a leading 0 (e.g. 0666).',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	unicast_listen: {
		summary:
			'Let the port grant unicast negotiation requests from other nodes (acting as a unicast master). Grants are limited only by available memory.',
		unit: BOOL,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	unicast_master_table: {
		summary:
			'ID of the `[unicast_master_table]` section listing the unicast masters this port negotiates with (unicast discovery, e.g. G.8265.1/G.8275.2 slaves).',
		programs: ['ptp4l'],
		values: { '0': 'unicast discovery disabled' },
		manPage: 'ptp4l.8',
	},
	unicast_req_duration: {
		summary:
			'Grant duration requested in unicast negotiation; the master may grant a different duration. Telecom profiles use short grants such as 60 s.',
		unit: 's',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	use_syslog: {
		summary: 'Send log messages to syslog. Setting 0 is the same as the `-q` flag.',
		unit: BOOL,
		programs: ['ptp4l', 'ts2phc', 'phc2sys'],
		manPage: 'ptp4l.8',
	},
	userDescription: {
		summary:
			'User description returned in management responses, as `name;location` (up to 128 UTF-8 characters).',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	utc_offset: {
		summary:
			'TAI − UTC offset (currentUtcOffset) advertised when this clock is grandmaster. Keep it current after each leap second.',
		unit: 's',
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
	verbose: {
		summary: 'Also print log messages to standard output. Setting 1 is the same as the `-m` flag.',
		unit: BOOL,
		programs: ['ptp4l', 'ts2phc', 'phc2sys'],
		manPage: 'ptp4l.8',
	},
	write_phase_mode: {
		summary:
			'Once the servo is SERVO_LOCKED_STABLE, correct the PHC with its hardware phase-adjust ("write phase") function instead of frequency steering. ptp4l fails at start-up if the PHC lacks this capability; the stable state needs `servo_offset_threshold`.',
		unit: BOOL,
		programs: ['ptp4l'],
		manPage: 'ptp4l.8',
	},
};

/**
 * Meanings of well-known clockClass values (IEEE 1588-2008/2019 with the
 * ITU-T G.8275.1/G.8275.2 telecom profile assignments).
 */
export const CLOCK_CLASS_MEANINGS: Record<number, string> = {
	6: 'Locked to a primary reference time source such as GNSS; PTP timescale. G.8275.x: T-GM locked to its PRTC.',
	7: 'Was class 6, lost its primary reference and is in holdover within specification; PTP timescale. G.8275.x: T-GM in holdover, in spec.',
	13: 'Locked to an application-specific time source; ARB timescale.',
	14: 'Was class 13, lost its application-specific source and is in holdover within specification; ARB timescale.',
	52: 'Degradation alternative A of class 7: out of holdover specification; still may not become a slave.',
	58: 'Degradation alternative A of class 14: out of holdover specification; still may not become a slave.',
	135: 'G.8275.x: T-BC (or T-BC-P) in holdover, within holdover specification.',
	140: 'G.8275.x: T-GM in holdover beyond specification, still traceable to a category 1 frequency source (e.g. SyncE/PRC).',
	150: 'G.8275.x: T-GM in holdover beyond specification, traceable to a category 2 frequency source.',
	160: 'G.8275.x: T-GM in holdover beyond specification, traceable to a category 3 frequency source.',
	165: 'G.8275.x: T-BC (or T-BC-P) in holdover beyond holdover specification.',
	187: 'Degradation alternative B of class 7: out of holdover specification; may become a slave.',
	193: 'Degradation alternative B of class 14: out of holdover specification; may become a slave.',
	248: 'Default class: no traceability claimed. G.8275.x: free-running T-GM or T-BC.',
	255: 'Slave-only clock; never becomes master (G.8275.x: T-TSC).',
};

/**
 * Describe any clockClass value, falling back to the reserved and
 * alternate-profile ranges of IEEE 1588 when the value has no specific
 * assignment.
 *
 * @param n - clockClass value (0–255).
 * @returns A one-line human-readable meaning.
 */
export function describeClockClass(n: number): string {
	if (!Number.isInteger(n) || n < 0 || n > 255) {
		return 'Not a valid clockClass (must be an integer from 0 to 255).';
	}
	const known = CLOCK_CLASS_MEANINGS[n];
	if (known !== undefined) {
		return known;
	}
	const neverSlave = ' Classes 1–127 never enter the slave state under the BMCA.';
	if (n === 0) {
		return 'Reserved.';
	}
	if (n <= 5) {
		return `Reserved (1–5).${neverSlave}`;
	}
	if (n === 8) {
		return `Reserved.${neverSlave}`;
	}
	if (n <= 12) {
		return `Reserved (9–12).${neverSlave}`;
	}
	if (n <= 51) {
		return `Reserved (15–51).${neverSlave}`;
	}
	if (n <= 57) {
		return `Reserved (53–57).${neverSlave}`;
	}
	if (n <= 67) {
		return `Reserved (59–67).${neverSlave}`;
	}
	if (n <= 122) {
		return `Alternate PTP profile range (68–122); ITU-T G.8265.1 maps SSM quality levels into 80–110.${neverSlave}`;
	}
	if (n <= 127) {
		return `Reserved (123–127).${neverSlave}`;
	}
	if (n <= 132) {
		return 'Reserved (128–132).';
	}
	if (n <= 170) {
		return 'Alternate PTP profile range (133–170); G.8275.x assigns 135, 140, 150, 160 and 165 from it.';
	}
	if (n <= 186) {
		return 'Reserved (171–186).';
	}
	if (n <= 192) {
		return 'Reserved (188–192).';
	}
	if (n <= 215) {
		return 'Reserved (194–215).';
	}
	if (n <= 232) {
		return 'Alternate PTP profile range (216–232).';
	}
	if (n <= 247) {
		return 'Reserved (233–247).';
	}
	if (n <= 250) {
		return 'Reserved (249–250).';
	}
	if (n === 251) {
		return 'Reserved (kept for PTP version 1 compatibility).';
	}
	return 'Reserved (252–254).';
}

/** Meanings of the IEEE 1588 timeSource codes (informational; not used by the BMCA). */
export const TIME_SOURCE_MEANINGS: Record<number, string> = {
	0x10: 'Atomic clock: frequency from an atomic resonance, or directly attached to such a device.',
	0x20: 'GNSS (GPS etc.): synchronized to a satellite time and frequency system.',
	0x30: 'Terrestrial radio: synchronized to a radio time distribution service (e.g. DCF77, WWVB).',
	0x39: 'Serial time code: synchronized to a serial time code such as IRIG-B (IEEE 1588-2019).',
	0x40: 'PTP: synchronized to a PTP source outside this domain.',
	0x50: 'NTP: synchronized to NTP or SNTP servers.',
	0x60: 'Hand set: time set manually by an operator from an observed reference.',
	0x90: 'Other: a time or frequency source not covered by another code.',
	0xa0: 'Internal oscillator: free-running oscillator with an arbitrary or unknown epoch.',
};

/** Meanings of the IEEE 1588 clockAccuracy codes (0x17–0x1F were added in IEEE 1588-2019). */
export const CLOCK_ACCURACY_MEANINGS: Record<number, string> = {
	0x17: 'Accurate to within 1 ps.',
	0x18: 'Accurate to within 2.5 ps.',
	0x19: 'Accurate to within 10 ps.',
	0x1a: 'Accurate to within 25 ps.',
	0x1b: 'Accurate to within 100 ps.',
	0x1c: 'Accurate to within 250 ps.',
	0x1d: 'Accurate to within 1 ns.',
	0x1e: 'Accurate to within 2.5 ns.',
	0x1f: 'Accurate to within 10 ns.',
	0x20: 'Accurate to within 25 ns.',
	0x21: 'Accurate to within 100 ns.',
	0x22: 'Accurate to within 250 ns.',
	0x23: 'Accurate to within 1 µs.',
	0x24: 'Accurate to within 2.5 µs.',
	0x25: 'Accurate to within 10 µs.',
	0x26: 'Accurate to within 25 µs.',
	0x27: 'Accurate to within 100 µs.',
	0x28: 'Accurate to within 250 µs.',
	0x29: 'Accurate to within 1 ms.',
	0x2a: 'Accurate to within 2.5 ms.',
	0x2b: 'Accurate to within 10 ms.',
	0x2c: 'Accurate to within 25 ms.',
	0x2d: 'Accurate to within 100 ms.',
	0x2e: 'Accurate to within 250 ms.',
	0x2f: 'Accurate to within 1 s.',
	0x30: 'Accurate to within 10 s.',
	0x31: 'Accuracy worse than 10 s.',
	0xfe: 'Accuracy unknown.',
};
