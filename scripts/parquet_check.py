"""Reads a Parquet file written by `newsgraph export --format parquet` with pyarrow and prints its
schema, its row count and its first rows: a check that readers outside Rust accept the file.

Usage: python scripts/parquet_check.py FILE.parquet
(pyarrow from PyPI, e.g. in /work/main/.venv-parquet; not part of cargo test.)
"""

import sys

import pyarrow.parquet as pq


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    path = sys.argv[1]
    try:
        table = pq.read_table(path)
        meta = pq.ParquetFile(path).metadata
    except (OSError, ValueError) as e:
        print(f"{path}: not a readable Parquet file ({e}): export it again with --format parquet", file=sys.stderr)
        return 1
    print(table.schema)
    print(f"rows: {table.num_rows}  row groups: {meta.num_row_groups}  created by: {meta.created_by}")
    for row in table.slice(0, 3).to_pylist():
        print({k: v for k, v in row.items() if v is not None})
    return 0


if __name__ == "__main__":
    sys.exit(main())
