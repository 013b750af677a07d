"""How fast `voc import accounts` and `voc import contacts` take large files, in one transaction each.

Usage: python bench/import_accounts.py [ROWS]   (default 100,000; DATABASE_URL picks the database, else a temp SQLite)
Prints seconds and rows per second for a first import (all creates) and a re-import (all updates)."""
import csv
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
VOC = str(Path(sys.executable).with_name("voc"))


def write_files(folder: Path, rows: int, arr_scale: float) -> tuple[Path, Path]:
    rng = random.Random(1)
    accounts, contacts = folder / "accounts.csv", folder / "contacts.csv"
    with accounts.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["external_id", "name", "arr", "industry", "region", "employees", "renewal_date", "status"])
        for i in range(rows):
            writer.writerow([f"B-{i}", f"Company {i}", round(rng.lognormvariate(10, 1) * arr_scale, 2),
                             rng.choice(["Software", "Retail", "Energy"]), rng.choice(["EMEA", "APAC"]),
                             rng.randint(5, 5000), f"2027-{rng.randint(1, 12):02d}-15", "active"])
    with contacts.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["account_external_id", "name", "email", "role", "decision_maker"])
        for i in range(rows):
            writer.writerow([f"B-{i}", f"Person {i}", f"person{i}@company{i}.example", "VP Sales", "yes"])
    return accounts, contacts


def timed(*args: str) -> float:
    start = time.perf_counter()
    subprocess.run([VOC, *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ.setdefault("DATABASE_URL", f"sqlite:///{folder / 'bench.db'}")
        subprocess.run([VOC, "db", "upgrade"], check=True, capture_output=True)
        database = os.environ["DATABASE_URL"].split(":", 1)[0]
        print(f"{ROWS:,} rows per file, database {database}")
        for label, scale in (("first import (creates)", 1.0), ("re-import (updates)", 1.1)):
            accounts, contacts = write_files(folder, ROWS, scale)
            for kind, path in (("accounts", accounts), ("contacts", contacts)):
                seconds = timed("import", kind, str(path))
                print(f"  {kind:<8} {label:<24} {seconds:6.1f} s  {ROWS / seconds:8,.0f} rows/s")


if __name__ == "__main__":
    main()
