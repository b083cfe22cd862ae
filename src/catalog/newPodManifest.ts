/** What "New" starts from: a minimal valid Pod with one pinned container. */
export const NEW_POD_YAML = `apiVersion: v1
kind: Pod
metadata:
  name: my-pod
  labels:
    app.kubernetes.io/name: my-pod
spec:
  containers:
  - name: app
    image: nginx:1.27
    ports:
    - containerPort: 80
`;
