import { listWorkloads, type WorkloadEntry } from '../../../model/workloads';
import { serviceEntryOf, workloadsSelectedBy, type ServiceEntry } from '../../../model/services';
import type { ObjectContext } from '../../objectContext';

/** The Service the context is about and the workloads of the file whose pods it selects. */
export interface ServiceBackends {
  readonly service: ServiceEntry;
  readonly workloads: readonly WorkloadEntry[];
  /** Whether the file holds any workload at all (a Service-only file selects pods defined elsewhere). */
  readonly fileHasWorkloads: boolean;
}

/**
 * For a Service with a selector: the Service and the workloads it selects; undefined for any other
 * object, and for a Service without a selector (ExternalName, or endpoints managed by hand).
 */
export function serviceBackends(context: ObjectContext): ServiceBackends | undefined {
  if (context.kind !== 'Service') return undefined;
  const service = serviceEntryOf(context.ref, context.object);
  if (!service.selector) return undefined;
  const all = listWorkloads(context.manifest);
  return { service, workloads: workloadsSelectedBy(service, all), fileHasWorkloads: all.length > 0 };
}

/** "Deployment web", as messages name a workload. */
export function describeWorkload(workload: WorkloadEntry): string {
  return `${workload.kind} ${workload.name || '(unnamed)'}`;
}
