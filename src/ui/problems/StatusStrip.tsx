import { selectFindings } from '../../store/findings';
import { selectParseError } from '../../store/selectors';
import { useDesigner } from '../app/DesignerStoreContext';

/** The bottom strip: whether the YAML reads, and how many problems the validator found. */
export function StatusStrip() {
  const parseError = useDesigner(selectParseError);
  const findings = useDesigner(selectFindings);
  const count = (severity: string) => findings.filter((finding) => finding.severity === severity).length;
  return (
    <footer className="status-strip" aria-label="Status">
      <span role="status" className={parseError ? 'status-strip__item is-error' : 'status-strip__item'}>
        {parseError ? `✖ YAML error at line ${parseError.line}, column ${parseError.column}` : '✓ YAML reads as kubectl reads it'}
      </span>
      <span className="status-strip__item">
        {count('error')} errors · {count('warning')} warnings · {count('info')} notes
      </span>
    </footer>
  );
}
