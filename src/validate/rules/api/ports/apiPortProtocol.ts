import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { decodedString, enumValueMeant } from '../../../support/decoding/decodedValue';
import { containerPorts } from '../../../support/containers/containerPorts';
import { setFieldFix } from '../../../support/fixes/fieldFixes';

const PROTOCOLS = ['TCP', 'UDP', 'SCTP'] as const;

/** A port's protocol is TCP, UDP or SCTP, in capitals (an empty one is defaulted to TCP). */
export const apiPortProtocolRule = defineRule({
  id: 'api/port-protocol',
  severity: 'error',
  title: 'Port protocol is TCP, UDP or SCTP',
  why: 'The protocol says which kind of traffic the port carries; Kubernetes knows only TCP (the default), UDP and SCTP, written in capitals.',
  docsUrl: 'https://kubernetes.io/docs/reference/networking/service-protocols/',
  appliesTo: 'workload',
  mirrors: ['core.validateContainerPorts'],
  check(context, report) {
    for (const entry of containerPorts(context)) {
      const protocol = decodedString(field(entry.port, 'protocol'));
      if (protocol === undefined || protocol === '' || (PROTOCOLS as readonly string[]).includes(protocol)) continue;
      const path = [...entry.path, 'protocol'];
      const meant = enumValueMeant(protocol, PROTOCOLS);
      report({
        path,
        errorType: 'NotSupported',
        message: `Protocol "${protocol}" is not supported: use TCP, UDP or SCTP${meant ? ` (in capitals: "${meant}")` : ''}.`,
        ...(meant ? { fix: setFieldFix(context, path, meant, `Set protocol to ${meant}`) } : {}),
      });
    }
  },
});
