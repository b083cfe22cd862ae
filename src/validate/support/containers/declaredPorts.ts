import { field, isJsonArray, isJsonObject, type JsonObject } from '../../../model/jsonValue';

export interface DeclaredPort {
  readonly index: number;
  readonly containerPort: number;
  /** TCP when omitted (the API default). */
  readonly protocol: string;
  readonly name: string | undefined;
  /** 0 when omitted. */
  readonly hostPort: number;
  /** "" when omitted. */
  readonly hostIP: string;
}

/** The container's `ports` entries that have a numeric containerPort. */
export function declaredPorts(container: JsonObject): DeclaredPort[] {
  const ports = field(container, 'ports');
  if (!isJsonArray(ports)) return [];
  return ports.flatMap((port, index) => {
    if (!isJsonObject(port)) return [];
    const containerPort = field(port, 'containerPort');
    if (typeof containerPort !== 'number' || containerPort <= 0) return [];
    const protocol = field(port, 'protocol');
    const name = field(port, 'name');
    const hostPort = field(port, 'hostPort');
    const hostIP = field(port, 'hostIP');
    return [
      {
        index,
        containerPort,
        protocol: typeof protocol === 'string' && protocol !== '' ? protocol : 'TCP',
        name: typeof name === 'string' && name !== '' ? name : undefined,
        hostPort: typeof hostPort === 'number' ? hostPort : 0,
        hostIP: typeof hostIP === 'string' ? hostIP : '',
      },
    ];
  });
}
