// Vite needs the monaco-yaml worker to be an entry of this project (see monaco-yaml's FAQ).
import 'monaco-yaml/yaml.worker.js';
