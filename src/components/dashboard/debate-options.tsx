/** The <option>s of a debate picker (the first, empty choice is the caller's). */
export function DebateOptions({ debates }: { debates: { id: string; title: string }[] }) {
  return (
    <>
      {debates.map((d) => (
        <option key={d.id} value={d.id}>
          {d.title}
        </option>
      ))}
    </>
  );
}
