import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";

// The filters above a dashboard list: a GET form, so a filtered list lives in
// its URL (shared, reloaded, paged) and works without JavaScript.

/** The form: its fields, the hidden ones to keep (a value of undefined or false is left out), the submit button, then `after`. */
export function FilterForm({
  className,
  label,
  keep = {},
  submitLabel,
  after,
  testId,
  children,
}: {
  className: string;
  testId?: string;
  /** The form's accessible name, when the page has more than one. */
  label?: string;
  keep?: Record<string, string | false | undefined>;
  submitLabel: string;
  after?: ReactNode;
  children: ReactNode;
}) {
  return (
    <form className={className} method="get" role="search" aria-label={label} data-testid={testId}>
      {children}
      {Object.entries(keep).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <button type="submit">{submitLabel}</button>
      {after}
    </form>
  );
}

/** A text filter (`q` unless named otherwise). */
export function FilterText({ label, name = "q", value, maxLength }: { label: string; name?: string; value: string | undefined; maxLength?: number }) {
  return (
    <label>
      {label}
      <input type="search" name={name} defaultValue={value ?? ""} maxLength={maxLength} dir="auto" />
    </label>
  );
}

/** A choice among `children` (options), with "all" (the empty value) first unless `allLabel` is left out. */
export function FilterSelect({ label, name, value, allLabel, children }: { label: string; name: string; value: string | undefined; allLabel?: string; children: ReactNode }) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ""}>
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {children}
      </select>
    </label>
  );
}

/** The link between a list and its trash. */
export function TrashToggle({ pathname, trashed, labels }: { pathname: string; trashed: boolean; labels: { showActive: string; showTrash: string } }) {
  return <Link href={trashed ? pathname : { pathname, query: { trash: "1" } }}>{trashed ? labels.showActive : labels.showTrash}</Link>;
}
