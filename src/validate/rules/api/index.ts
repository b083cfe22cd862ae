import type { Rule } from '../../rule';
import { containerRules } from './containers';
import { controllersRules } from './controllers';
import { envRules } from './env';
import { lifecycleRules } from './lifecycle';
import { metadataRules } from './metadata';
import { mountsRules } from './mounts';
import { podSpecRules } from './podSpec';
import { portsRules } from './ports';
import { probesRules } from './probes';
import { resourcesRules } from './resources';
import { securityContextRules } from './securityContext';
import { volumesRules } from './volumes';

/** API-server parity: what `kubectl apply` would be rejected for, at the server's field paths. */
export const apiRules: readonly Rule[] = [
  ...metadataRules,
  ...containerRules,
  ...portsRules,
  ...envRules,
  ...volumesRules,
  ...mountsRules,
  ...probesRules,
  ...lifecycleRules,
  ...resourcesRules,
  ...securityContextRules,
  ...podSpecRules,
  ...controllersRules,
];
