import type { Exercise } from './exercise';
import { SHOP_CATALOG } from './images';

const deployment = (probe: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: catalog
  labels:
    app.kubernetes.io/name: catalog
spec:
  replicas: 2
  selector:
    matchLabels:
      app.kubernetes.io/name: catalog
  template:
    metadata:
      labels:
        app.kubernetes.io/name: catalog
    spec:
      containers:
      - name: catalog
        image: registry.example.com/shop/catalog:3.2
        ports:
        - name: http
          containerPort: 8080
${probe}---
apiVersion: v1
kind: Service
metadata:
  name: catalog
spec:
  selector:
    app.kubernetes.io/name: catalog
  ports:
  - name: http
    port: 80
    targetPort: http
`;

export const readinessBehindServiceExercise: Exercise = {
  id: 'readiness-behind-service',
  title: 'Traffic before the cache is loaded',
  topic: 'readiness behind a Service',
  goal: 'The Service sends requests to new catalog pods before their product cache is loaded: add a readiness probe on the endpoint that says when a pod is ready.',
  images: [SHOP_CATALOG],
  locked: [{ container: 'catalog', fields: ['image', 'ports'] }],
  steps: [
    {
      label: 'catalog has a readiness probe the image answers',
      check: { kind: 'probe-works', container: 'catalog', probe: 'readinessProbe' },
    },
    {
      label: 'The validator no longer asks for a readiness probe',
      check: { kind: 'rule-silent', rule: 'practice/readiness-probe' },
    },
  ],
  hints: [
    'A Service sends traffic to every pod whose containers are Ready; without a readiness probe a container is Ready as soon as it starts.',
    'The image has an endpoint that answers only once the cache is loaded: read what the exercise says it serves.',
    'Under catalog: readinessProbe with httpGet, path /healthz/ready and port http.',
  ],
  starterYaml: deployment(''),
  solutionYaml: deployment(`        readinessProbe:
          httpGet:
            path: /healthz/ready
            port: http
`),
};
