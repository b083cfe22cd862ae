import type { EntityId } from '../../model/entityId';
import { TextField } from './fields/TextField';
import { useFieldSetter } from './useFieldSetter';

/**
 * The form of a container or volume whose name an earlier one already has: Kubernetes rejects the
 * pod until names are unique, so the one thing to do here is to rename it (only this one: nothing
 * else can refer to it by a name that means another).
 */
export function DuplicateNameForm({
  id,
  what,
  name,
  problemOf,
}: {
  id: EntityId;
  what: 'container' | 'volume';
  name: string;
  problemOf: (text: string) => string | null;
}) {
  const set = useFieldSetter(id);
  return (
    <form
      className="inspector-form"
      aria-label={`Second ${what} named ${name}`}
      onSubmit={(event) => event.preventDefault()}
    >
      <p className="inspector__hint">
        Another {what} is already named <code>{name || '(empty)'}</code>. Kubernetes rejects the pod until every {what}{' '}
        has a name of its own: rename this one.
      </p>
      <TextField
        label="Name"
        value={name}
        monospace
        check={(text) => (text === name ? `"${name || '(empty)'}" is taken.` : problemOf(text))}
        onCommit={(text) => set(`Rename ${what} to ${text}`, ['name'], text)}
      />
    </form>
  );
}
