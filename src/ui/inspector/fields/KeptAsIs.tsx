/**
 * The fields of the selected thing that the inspector does not edit. They stay in the YAML
 * untouched; listing them tells the person nothing was dropped.
 */
export function KeptAsIs({ fields, what }: { fields: readonly string[]; what: string }) {
  if (fields.length === 0) return null;
  return (
    <section className="kept-as-is" aria-label={`Kept as is in ${what}`}>
      <h3 className="kept-as-is__title">Kept as is</h3>
      <p className="field__hint">Edited in the YAML only; the inspector leaves them untouched:</p>
      <ul className="kept-as-is__list">
        {fields.map((name) => (
          <li key={name}>
            <code>{name}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
