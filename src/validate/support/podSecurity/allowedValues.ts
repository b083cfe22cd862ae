// Values the Pod Security Standards allow, shared by a Baseline control and its Restricted counterpart.

/** The capabilities Baseline lets a container add (the container runtimes' default set). */
export const BASELINE_ALLOWED_CAPABILITIES: ReadonlySet<string> = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

/** The seccomp profile types Baseline and Restricted allow (Restricted also requires one to be set). */
export const ALLOWED_SECCOMP_TYPES: ReadonlySet<string> = new Set(['RuntimeDefault', 'Localhost']);
