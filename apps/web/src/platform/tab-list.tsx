import type { ReactNode } from "react";

interface TabListProps<Id extends string> {
  className: string;
  tabs: readonly Id[];
  current: Id;
  onChoose(id: Id): void;
  label(id: Id): ReactNode;
}

/** A row of tabs (role tablist), the current one aria-selected; each button carries its id as data-tab. */
export function TabList<Id extends string>({ className, tabs, current, onChoose, label }: TabListProps<Id>) {
  return (
    <div className={className} role="tablist">
      {tabs.map((id) => (
        <button
          key={id}
          type="button"
          role="tab"
          aria-selected={current === id}
          data-tab={id}
          onClick={() => onChoose(id)}
        >
          {label(id)}
        </button>
      ))}
    </div>
  );
}
