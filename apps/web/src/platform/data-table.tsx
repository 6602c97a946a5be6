import type { Key, ReactNode } from "react";

/** One column of a DataTable: its heading and what each row shows in it. */
interface Column<Row> {
  head: string;
  /** Keys the column among its table's; the heading unless two headings may be alike. */
  key?: string;
  cell(row: Row): ReactNode;
  /** On the heading and every cell of the column (e.g. lp-plan-num, right-aligned numbers). */
  className?: string;
}

interface DataTableProps<Row> {
  // the rows alone say what a row is; the columns are typed by them
  columns: readonly Column<NoInfer<Row>>[];
  rows: readonly Row[];
  rowKey(row: Row): Key;
  /** Shown instead of the table when there are no rows; without it an empty table has only its heading row. */
  empty?: ReactNode;
  className?: string;
  "data-testid"?: string;
  "aria-label"?: string;
}

/** A table of rows under one heading row: a `<th>` a column, a `<td>` a column in each row. */
export function DataTable<Row>({ columns, rows, rowKey, empty, ...table }: DataTableProps<Row>) {
  if (rows.length === 0 && empty !== undefined) return empty;
  return (
    <table {...table}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key ?? c.head} className={c.className}>
              {c.head}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((c) => (
              <td key={c.key ?? c.head} className={c.className}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
