import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { hasBackstep } from '../../../support/volumes/localPath';
import { volumeAcceptance } from '../../../support/volumes/volumeAcceptance';
import { describeContainer, containersExceptEphemeral } from '../../../support/containers/podContainers';
import { decodedString, isAbsent, objectItems } from '../../../support/decoding/decodedValue';

/**
 * A raw block device (volumeDevices) names a claim or ephemeral volume of
 * the pod and a device path; names and paths are unique, contain no "..", and a volume is not both
 * mounted and attached as a device in one container.
 */
export const apiVolumeDeviceRule = defineRule({
  id: 'api/volume-device',
  severity: 'error',
  title: 'Block devices name a claim volume and a unique device path',
  why: 'volumeDevices hands a raw block device (a claim with volumeMode: Block) to the container at devicePath instead of mounting a filesystem; only claim-backed volumes can do that, and one volume is either mounted or a device, not both.',
  docsUrl: 'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#raw-block-volume-support',
  appliesTo: 'workload',
  mirrors: ['core.ValidateVolumeDevices'],
  check(context, report) {
    const { accepted } = volumeAcceptance(context);
    for (const slot of containersExceptEphemeral(context)) {
      const base = [...slot.path];
      const mounts = objectItems(field(slot.container, 'volumeMounts'));
      const devices = objectItems(field(slot.container, 'volumeDevices'));
      if (devices.length === 0) continue;
      // The server's maps: mount name → path, device name → path (the last entry of a name wins).
      const mountPaths = new Map<string, string>();
      for (const { item } of mounts) {
        const name = decodedString(field(item, 'name'));
        const mountPath = decodedString(field(item, 'mountPath'));
        if (name !== undefined && mountPath !== undefined) mountPaths.set(name, mountPath);
      }
      const devicePaths = new Map<string, string>();
      for (const { item } of devices) {
        const name = decodedString(field(item, 'name'));
        const devicePath = decodedString(field(item, 'devicePath'));
        if (name !== undefined && devicePath !== undefined) devicePaths.set(name, devicePath);
      }
      const usedDevicePaths = new Set(devicePaths.values());
      for (const { index, item } of mounts) {
        const name = decodedString(field(item, 'name'));
        const mountPath = decodedString(field(item, 'mountPath'));
        const path = [...base, 'volumeMounts', index];
        if (name !== undefined && devicePaths.has(name)) {
          report({
            path: [...path, 'name'],
            errorType: 'Invalid',
            message: `The ${describeContainer(slot)} both mounts "${name}" and attaches it as a block device.`,
          });
        }
        if (mountPath !== undefined && usedDevicePaths.has(mountPath)) {
          report({
            path: [...path, 'mountPath'],
            errorType: 'Invalid',
            message: `The mount path "${mountPath}" is already a device path in volumeDevices.`,
          });
        }
      }
      const mountPathValues = new Set(mountPaths.values());
      const seenNames = new Set<string>();
      const seenPaths = new Set<string>();
      for (const { index, item } of devices) {
        const name = decodedString(field(item, 'name'));
        const devicePath = decodedString(field(item, 'devicePath'));
        if (name === undefined || devicePath === undefined) continue;
        const path = [...base, 'volumeDevices', index];
        const volume = accepted.get(name);
        if (name === '')
          report({
            path: [...path, 'name'],
            errorType: 'Required',
            message: `A volume device of the ${describeContainer(slot)} does not name its volume.`,
          });
        if (seenNames.has(name))
          report({
            path: [...path, 'name'],
            errorType: 'Invalid',
            message: `The ${describeContainer(slot)} attaches the volume "${name}" twice.`,
          });
        if (volume && isAbsent(field(volume, 'persistentVolumeClaim')) && isAbsent(field(volume, 'ephemeral'))) {
          report({
            path: [...path, 'name'],
            errorType: 'Invalid',
            message: `"${name}" is not a persistentVolumeClaim or ephemeral volume; only those can be attached as block devices.`,
          });
        }
        if (!volume)
          report({
            path: [...path, 'name'],
            errorType: 'NotFound',
            message: `The volume device "${name}" names no (valid) volume of this pod.`,
          });
        if (devicePath === '')
          report({
            path: [...path, 'devicePath'],
            errorType: 'Required',
            message: 'A volume device needs a devicePath, like /dev/xvda.',
          });
        if (seenPaths.has(devicePath))
          report({
            path: [...path, 'devicePath'],
            errorType: 'Invalid',
            message: `The device path "${devicePath}" is used twice in the ${describeContainer(slot)}.`,
          });
        if (devicePath !== '' && hasBackstep(devicePath)) {
          report({
            path: [...path, 'devicePath'],
            errorType: 'Invalid',
            message: `The device path "${devicePath}" cannot contain "..".`,
          });
        } else {
          seenPaths.add(devicePath);
        }
        if (mountPaths.has(name))
          report({
            path: [...path, 'name'],
            errorType: 'Invalid',
            message: `"${name}" is already mounted by this container; a volume is either mounted or a device.`,
          });
        if (mountPathValues.has(devicePath))
          report({
            path: [...path, 'devicePath'],
            errorType: 'Invalid',
            message: `The device path "${devicePath}" is already a mount path of this container.`,
          });
        if (name !== '') seenNames.add(name);
      }
    }
  },
});
