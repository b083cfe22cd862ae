import { selectSetAsideFields } from '../../store/setAside';
import { useDesigner } from '../app/DesignerStoreContext';

const listed = (names: readonly string[]) =>
  names.map((name, index) => [index > 0 && ', ', <code key={name}>{name}</code>]);

/**
 * What a kind switch set aside (a StatefulSet's serviceName and claim templates while it is a
 * Deployment), so nothing seems lost: it comes back, as written, with the kind.
 */
export function SetAsideNote({ kind }: { readonly kind: string }) {
  const setAside = useDesigner(selectSetAsideFields);
  if (setAside.length === 0) return null;
  return (
    <div className="inspector-fact inspector-set-aside" role="note" aria-label="Set aside by the kind switch">
      {setAside.map((aside) => (
        <p key={aside.kind}>
          Set aside while this is a {kind}: the {aside.kind}’s {listed(aside.fields)}
          {aside.claimTemplates.length > 0 && (
            <>
              {' '}
              (claim template{aside.claimTemplates.length > 1 ? 's' : ''} {listed(aside.claimTemplates)}, which
              containers mount)
            </>
          )}
          . {aside.fields.length > 1 ? 'They come' : 'It comes'} back as written when the kind is {aside.kind} again.
        </p>
      ))}
    </div>
  );
}
