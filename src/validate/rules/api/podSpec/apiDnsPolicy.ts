import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { decodedString, enumValueMeant } from '../../../support/decoding/decodedValue';
import { setFieldFix } from '../../../support/fixes/fieldFixes';

const DNS_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'] as const;

/** DnsPolicy is ClusterFirst, ClusterFirstWithHostNet, Default or None (empty is defaulted). */
export const apiDnsPolicyRule = defineRule({
  id: 'api/dns-policy',
  severity: 'error',
  title: 'dnsPolicy is ClusterFirst, ClusterFirstWithHostNet, Default or None',
  why: "The DNS policy decides which name server the pod asks first: the cluster DNS (ClusterFirst), the node's (Default), or only what dnsConfig lists (None). Kubernetes knows only these spellings.",
  docsUrl: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-s-dns-policy',
  appliesTo: 'workload',
  mirrors: ['core.validateDNSPolicy'],
  check(context, report) {
    const policy = decodedString(field(context.podSpec, 'dnsPolicy'));
    if (policy === undefined || policy === '' || (DNS_POLICIES as readonly string[]).includes(policy)) return;
    const path = [...context.podSpecPath, 'dnsPolicy'];
    const meant = enumValueMeant(policy, DNS_POLICIES);
    report({
      path,
      errorType: 'NotSupported',
      message: `DNS policy "${policy}" is not supported: use ClusterFirst, ClusterFirstWithHostNet, Default or None.`,
      ...(meant ? { fix: setFieldFix(context, path, meant, `Set dnsPolicy to ${meant}`) } : {}),
    });
  },
});
