"""make bench (issue 14): reads the statements each endpoint ran from the PostgreSQL log, writes them
as pgbench scripts, and prints the result table. Standard library only (Debian's python3).

  benchlog.py capture LOG_SLICE OUT_DIR     split the log at the markers, one pgbench script and
                                            one statements file per endpoint, plus capture.json
  benchlog.py finish RUN_DIR RESULT_JSON    combine the run's files (wrk, pgbench, RSS, machine)
                                            into the result file, check the targets, print the table
  benchlog.py report RESULT_JSON            print the table of a result file

The log slice is the server log written while the backend served one request per endpoint, with
log_min_duration_statement = 0 for the application's role, each request preceded by a marker
statement (SELECT 'bench-marker:NAME') sent from psql. Only the lines of user@database are read.
"""

import json
import re
import sys

PREFIX = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[\d+\] (\S+@\S+) (LOG|DETAIL|ERROR|STATEMENT|WARNING):  (.*)$")
EXECUTED = re.compile(r"^duration: ([0-9.]+) ms  (?:execute [^:]+|statement): (.*)$", re.S)
PARAMETER = re.compile(r"\$(\d+) = ('(?:[^']|'')*'|NULL)")
MARKER = re.compile(r"^SELECT 'bench-marker:([a-z0-9_]+)'$")
TRANSACTION_CONTROL = {"BEGIN", "COMMIT", "ROLLBACK"}


def entries(path, who):
    """The log's entries of `who` (user@database) as (kind, text), continuation lines joined."""
    current = None
    with open(path, encoding="utf-8", errors="replace") as log:
        for line in log:
            line = line.rstrip("\n")
            match = PREFIX.match(line)
            if match:
                if current:
                    yield current
                current = (match.group(2), match.group(3)) if match.group(1) == who else None
            elif current:
                current = (current[0], current[1] + "\n" + line)
    if current:
        yield current


def with_parameters(sql, detail):
    """The statement with its bind parameters as literals ($10 before $1)."""
    values = {int(n): v for n, v in PARAMETER.findall(detail or "")}
    for n in sorted(values, reverse=True):
        sql = re.sub(r"\$%d(?!\d)" % n, lambda _: values[n], sql)
    return sql


def statements(path, who):
    """Executed statements in order: (sql with literals, duration ms)."""
    pending = None
    for kind, text in entries(path, who):
        if kind == "LOG":
            if pending:
                yield pending
                pending = None
            match = EXECUTED.match(text)
            if match:
                pending = [match.group(2).strip().rstrip(";").strip(), float(match.group(1)), None]
        elif kind == "DETAIL" and pending and text.startswith("parameters: "):
            pending[2] = text[len("parameters: "):]
    if pending:
        yield pending


MESSAGE_ID = re.compile(r"'<[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@([A-Za-z0-9.-]+)>'")
UUID_LITERAL = re.compile(r"'([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})'")


INSERT = re.compile(r"^\s*insert\s+into\s+\S+\s*\(([^)]*)\)\s*values\s*\((.*)\)", re.I | re.S)


def split_values(text):
    """The top-level comma-separated items of a VALUES list (quotes and parentheses respected)."""
    items, depth, quoted, current = [], 0, False, []
    for ch in text:
        if ch == "'":
            quoted = not quoted
        elif not quoted and ch == "(":
            depth += 1
        elif not quoted and ch == ")":
            depth -= 1
        elif not quoted and depth == 0 and ch == ",":
            items.append("".join(current).strip())
            current = []
            continue
        current.append(ch)
    items.append("".join(current).strip())
    return items


def new_id(sql):
    """The uuid an INSERT gives its row's id column, if it has one."""
    match = INSERT.match(sql)
    if not match:
        return None
    columns = [c.strip() for c in match.group(1).split(",")]
    values = split_values(match.group(2))
    if "id" not in columns or len(values) != len(columns):
        return None
    literal = UUID_LITERAL.fullmatch(values[columns.index("id")])
    return literal.group(1) if literal else None


def pgbench_script(sqls):
    """The statements as a pgbench script (run with -M prepared). The id an INSERT gives a new row
    was made by the request; each pgbench transaction makes its own (gen_random_uuid into a
    variable, used wherever the request used that id), so repeated transactions do not collide."""
    fresh, lines = {}, []
    for sql in sqls:
        sql = " ".join(sql.split("\n"))
        value = new_id(sql)
        if value and value not in fresh:
            fresh[value] = f"new_id_{len(fresh) + 1}"
            lines.append(f"SELECT gen_random_uuid() AS {fresh[value]} \\gset")
        for value, variable in fresh.items():
            sql = sql.replace(f"'{value}'", f":{variable}")
        # a mail's Message-ID is unique too: each transaction makes its own
        sql = MESSAGE_ID.sub(lambda m: f"'<' || gen_random_uuid() || '@{m.group(1)}>'", sql)
        lines.append(sql + ";")
    return "\n".join(lines) + "\n"


def capture(log_slice, out_dir, who):
    endpoints = {}
    name = None
    for sql, duration, detail in statements(log_slice, who):
        marker = MARKER.match(sql)
        if marker:
            name = marker.group(1)
            endpoints[name] = []
            continue
        if name is None or not sql:
            continue
        endpoints[name].append({"sql": with_parameters(sql, detail), "ms": duration})
    summary = {}
    for name, executed in endpoints.items():
        work = [s for s in executed if s["sql"].upper() not in TRANSACTION_CONTROL]
        with open(f"{out_dir}/{name}.pgbench.sql", "w", encoding="utf-8") as script:
            script.write(pgbench_script([s["sql"] for s in executed]))
        # the main statement: the slowest read, else the slowest of all (a write-only request)
        reads = [s for s in work if s["sql"].lstrip().lower().startswith("select")
                 and not s["sql"].lstrip().lower().startswith("select pg_advisory")
                 and "pg_advisory_xact_lock" not in s["sql"]]
        main = max(reads or work, key=lambda s: s["ms"]) if work else None
        summary[name] = {
            "statements": len(work),
            "transaction_control": len(executed) - len(work),
            "main_statement": main["sql"] if main else None,
            "main_statement_ms": main["ms"] if main else None,
            "sql": [s["sql"] for s in executed],
        }
    with open(f"{out_dir}/capture.json", "w", encoding="utf-8") as out:
        json.dump(summary, out, indent=2)
    for name, s in summary.items():
        print(f"  {name:<22} {s['statements']:>3} statements (+{s['transaction_control']} BEGIN/COMMIT)")


def report(result_path):
    with open(result_path, encoding="utf-8") as f:
        result = json.load(f)
    rows = result["endpoints"]
    print(f"| endpoint | requests/s | p50 ms | p99 ms | non-2xx | pgbench tx/s | endpoint/pgbench | SQL/request | peak RSS MiB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        ratio = r["rps"] / r["pgbench_tps"] if r.get("pgbench_tps") else None
        print(f"| {r['name']} | {r['rps']:.1f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | {r['non_2xx']} | "
              f"{r['pgbench_tps']:.1f} | {ratio:.2f} | {r['statements']} | {r['rss_peak_mib']:.0f} |"
              if ratio is not None else
              f"| {r['name']} | {r['rps']:.1f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | {r['non_2xx']} | - | - | "
              f"{r['statements']} | {r['rss_peak_mib']:.0f} |")
    print()
    m = result["machine"]
    print(f"machine: {m.get('cpus')} CPUs ({m.get('cpu_model')}), {m.get('memory')}, {m.get('postgres')}, {m.get('jdk')}")
    print(f"load: concurrency {m.get('concurrency')}, {m.get('duration_s')} s per endpoint after {m.get('warmup_s')} s warm-up;"
          f" wrk {m.get('wrk')}; load average {m.get('load_before')} before, {m.get('load_after')} after")
    print()
    for line in result["checks"]:
        print(line)


READS = ["search", "search_text", "detail", "feed_first", "feed_deep", "profiles", "my_responses"]
WRITES = ["respond"]
# the same endpoint with limit=100 instead of the default 20: its statement count must not change
PAGE_SIZE_PAIRS = {"search": "search_limit100", "feed_first": "feed_limit100",
                   "profiles": "profiles_limit100", "my_responses": "my_responses_limit100"}
RSS_LIMIT_MIB = 512


def pgbench_tps(path):
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        return None
    match = re.search(r"tps = ([0-9.]+) \(without initial connection time\)", text)
    return float(match.group(1)) if match else None


def finish(run_dir, result_path):
    with open(f"{run_dir}/capture.json", encoding="utf-8") as f:
        captured = json.load(f)
    with open(f"{run_dir}/machine.json", encoding="utf-8") as f:
        machine = json.load(f)
    rows = []
    for name in READS + WRITES:
        with open(f"{run_dir}/{name}.wrk.json", encoding="utf-8") as f:
            wrk = json.load(f)
        with open(f"{run_dir}/{name}.rss", encoding="utf-8") as f:
            rss_kib = int(f.read().strip() or 0)
        errors = wrk["errors_status"] + wrk["errors_connect"] + wrk["errors_read"] + wrk["errors_write"] + wrk["errors_timeout"]
        rows.append({
            "name": name,
            "kind": "read" if name in READS else "write",
            "requests": wrk["requests"],
            "rps": wrk["requests"] / (wrk["duration_us"] / 1e6),
            "p50_ms": wrk["p50_us"] / 1000,
            "p99_ms": wrk["p99_us"] / 1000,
            "non_2xx": errors,
            "pgbench_tps": pgbench_tps(f"{run_dir}/{name}.pgbench.txt"),
            "statements": captured.get(name, {}).get("statements"),
            "rss_peak_mib": rss_kib / 1024,
            "main_statement": captured.get(name, {}).get("main_statement"),
        })
    by_name = {r["name"]: r for r in rows}
    checks = []
    for r in rows:
        if r["kind"] == "read" and r["pgbench_tps"]:
            ratio = r["rps"] / r["pgbench_tps"]
            checks.append(f"{'MET    ' if ratio >= 0.5 else 'NOT MET'} {r['name']}: endpoint/pgbench {ratio:.2f} (target >= 0.5)")
    first, deep = by_name["feed_first"], by_name["feed_deep"]
    depth = deep["p50_ms"] / first["p50_ms"] if first["p50_ms"] else float("inf")
    checks.append(f"{'MET    ' if depth <= 1.2 else 'NOT MET'} feed page 10,000 deep: p50 {deep['p50_ms']:.1f} ms"
                  f" = {depth:.2f}x the first page's {first['p50_ms']:.1f} ms (target <= 1.2x)")
    for small, large in PAGE_SIZE_PAIRS.items():
        a, b = captured.get(small, {}).get("statements"), captured.get(large, {}).get("statements")
        checks.append(f"{'MET    ' if a is not None and a == b else 'NOT MET'} {small}: {a} statements at limit 20,"
                      f" {b} at limit 100 (target: the same)")
    peak = machine.get("backend_vmhwm_kib", 0) / 1024
    checks.append(f"{'MET    ' if peak < RSS_LIMIT_MIB else 'NOT MET'} backend peak RSS (VmHWM) {peak:.0f} MiB (target < {RSS_LIMIT_MIB} MiB)")
    for r in rows:
        if r["non_2xx"]:
            checks.append(f"NOTE    {r['name']}: {r['non_2xx']} of {r['requests']} requests failed or were not 2xx")
    result = {"machine": machine, "endpoints": rows, "checks": checks,
              "statement_counts": {k: v["statements"] for k, v in captured.items()}}
    with open(result_path, "w", encoding="utf-8") as out:
        json.dump(result, out, indent=2)
    report(result_path)


def main(argv):
    if len(argv) >= 3 and argv[1] == "capture":
        capture(argv[2], argv[3], argv[4])
    elif len(argv) == 4 and argv[1] == "finish":
        finish(argv[2], argv[3])
    elif len(argv) == 3 and argv[1] == "report":
        report(argv[2])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
