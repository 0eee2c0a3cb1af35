"""Round trips of `dipgraph export`: a database built from examples/ is
exported in every format, and each export is read back with the tool a
user would use (json, pandas, networkx, csv for Neo4j's importer, a plain
tab split for GDELT scripts). Row counts must equal `dipgraph stats
--json`, and typed columns must come back typed.
"""

import csv
import json
import re

import pytest

from conftest import json_lines, run_cli

NEO4J_TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char",
               "string", "point", "date", "localtime", "time", "localdatetime",
               "datetime", "duration"}
# Columns that must be declared with a type, or Neo4j stores text.
NUMERIC_NEO4J_COLUMNS = {
    "events": {"quad", "goldstein", "negated", "symmetric", "mentions", "articles",
               "sources", "confidence", "dateStart", "firstSeen"},
    "interacted": {"eventId", "quad", "goldstein", "negated", "mentions", "dateStart"},
    "reported_in": {"sentence", "spanStart", "spanEnd", "confidence"},
}
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


def export(binary, db, out_dir, fmt, *flags):
    """Runs `dipgraph export` into `out_dir`/`fmt` and returns that dir."""
    out = out_dir / fmt
    run_cli(binary, "export", "--db", db, "--format", fmt, "--out", out, *flags)
    return out


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


def test_jsonl_counts_and_reingest(dipgraph_bin, examples_db, examples_stats, tmp_path):
    out = export(dipgraph_bin, examples_db, tmp_path, "jsonl")
    events = json_lines(open(out / "events.jsonl", encoding="utf-8").read())
    mentions = json_lines(open(out / "mentions.jsonl", encoding="utf-8").read())
    actors = json_lines(open(out / "actors.jsonl", encoding="utf-8").read())
    assert len(events) == examples_stats["events"]
    assert len(mentions) == examples_stats["mentions"]
    assert len(actors) == examples_stats["actors"]
    assert {m["event_id"] for m in mentions} == {e["id"] for e in events}
    for e in events:
        assert sum(m["event_id"] == e["id"] for m in mentions) == e["mentions"]

    # The mentions table is SCHEMA §2 event lines: ingesting it again
    # rebuilds the same canonical events.
    db2 = tmp_path / "again.db"
    run_cli(dipgraph_bin, "ingest", "--db", db2, "-q", "--events", out / "mentions.jsonl")
    again = json.loads(run_cli(dipgraph_bin, "stats", "--db", db2, "--json").stdout)
    for field in ("events", "mentions", "actors", "articles", "unknown_date_events",
                  "first_date", "last_date"):
        assert again[field] == examples_stats[field], field
    out2 = export(dipgraph_bin, db2, tmp_path / "again", "jsonl")

    def canonical(e):
        return (e["source"]["id"], e["target"]["id"], e["action"]["code"],
                e["date"]["value"], e["negated"], e["symmetric"], e["mentions"],
                e["articles"])

    events2 = json_lines(open(out2 / "events.jsonl", encoding="utf-8").read())
    assert sorted(map(canonical, events2)) == sorted(map(canonical, events))


def test_csv_loads_with_pandas_dtypes(dipgraph_bin, examples_db, examples_stats, tmp_path):
    pd = pytest.importorskip("pandas")
    out = export(dipgraph_bin, examples_db, tmp_path, "csv")
    # CAMEO codes are strings with leading zeros ("040"): say so, as
    # doc/python.md does.
    codes = {"code": str, "root": str}
    events = pd.read_csv(out / "events.csv", dtype=codes)
    mentions = pd.read_csv(out / "mentions.csv")
    actors = pd.read_csv(out / "actors.csv")
    articles = pd.read_csv(out / "articles.csv")
    assert len(events) == examples_stats["events"]
    assert len(mentions) == examples_stats["mentions"]
    assert len(actors) == examples_stats["actors"]
    assert len(articles) == examples_stats["articles"]

    types = pd.api.types
    for column in ("id", "quad", "mentions", "articles", "sources"):
        assert types.is_integer_dtype(events[column]), column
    for column in ("goldstein", "confidence"):
        assert types.is_float_dtype(events[column]), column
    for column in ("negated", "symmetric"):
        assert types.is_bool_dtype(events[column]), column
    for column in ("event_id", "sentence", "span_start", "span_end"):
        assert types.is_integer_dtype(mentions[column]), column
    assert types.is_float_dtype(mentions["confidence"])
    assert types.is_integer_dtype(articles["mentions"])
    assert events["code"].str.match(r"^\d{2,4}$").all()
    assert (events["root"] == events["code"].str[:2]).all()
    assert events["id"].is_unique and actors["id"].is_unique
    assert set(mentions["event_id"]) == set(events["id"])
    assert pd.to_datetime(events["first_seen"]).notna().all()


def test_csv_float_columns_stay_float_when_every_value_is_whole(dipgraph_bin, examples_db,
                                                                tmp_path):
    # Consultations (root 04) all score Goldstein 1.0: the column must still
    # read as float, not int, or notebooks break on a filtered export.
    pd = pytest.importorskip("pandas")
    out = export(dipgraph_bin, examples_db, tmp_path, "csv", "--codes", "040")
    events = pd.read_csv(out / "events.csv", dtype={"code": str, "root": str})
    if events.empty:
        pytest.skip("no code 040 event in the examples")
    assert pd.api.types.is_float_dtype(events["goldstein"])


def test_graphml_reads_with_networkx_typed(dipgraph_bin, examples_db, examples_stats, tmp_path):
    nx = pytest.importorskip("networkx")
    out = export(dipgraph_bin, examples_db, tmp_path, "graphml")
    g = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    assert g.is_directed()
    assert g.number_of_nodes() == examples_stats["actors"]
    assert g.number_of_edges() == examples_stats["events"]
    total_mentions = 0
    for _, _, data in g.edges(data=True):
        assert isinstance(data["event_id"], int)
        assert isinstance(data["quad"], int) and 1 <= data["quad"] <= 4
        assert isinstance(data["goldstein"], float)
        assert isinstance(data["confidence"], float)
        assert isinstance(data["negated"], bool)
        assert isinstance(data["symmetric"], bool)
        assert isinstance(data["mentions"], int)
        assert isinstance(data["code"], str) and data["code"].startswith(data["root"])
        total_mentions += data["mentions"]
    assert total_mentions == examples_stats["mentions"]
    for _, data in g.nodes(data=True):
        assert data["kind"] in {"state", "igo", "person", "institution", "group", "people"}


def _neo4j_table(path):
    """Header (name, type) pairs and rows of a neo4j-admin CSV file."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header = []
    for field in rows[0]:
        name, _, kind = field.partition(":")
        header.append((name, kind))
    return header, rows[1:]


def _check_neo4j_value(kind, value, where):
    base = kind.split("(")[0].rstrip("[]").lower()
    if value == "" or base in ("", "id", "start_id", "end_id", "label", "type", "string"):
        return
    assert base in NEO4J_TYPES, f"{where}: unknown type {kind}"
    if base in ("int", "long", "short", "byte"):
        int(value)
    elif base in ("float", "double"):
        float(value)
    elif base == "boolean":
        assert value in ("true", "false"), where
    elif base == "date":
        assert DAY.match(value), where
    elif base == "datetime":
        assert DATETIME.match(value), where


def test_neo4j_headers_are_typed(dipgraph_bin, examples_db, examples_stats, tmp_path):
    out = export(dipgraph_bin, examples_db, tmp_path, "neo4j")
    tables = {p.stem: _neo4j_table(p) for p in out.glob("*.csv")}
    assert {"actors", "events", "articles", "source_of", "targets", "reported_in",
            "interacted"} <= set(tables)
    assert len(tables["actors"][1]) == examples_stats["actors"]
    assert len(tables["events"][1]) == examples_stats["events"]
    assert len(tables["articles"][1]) == examples_stats["articles"]
    assert len(tables["reported_in"][1]) == examples_stats["mentions"]
    for name in ("source_of", "targets", "interacted"):
        assert len(tables[name][1]) == examples_stats["events"], name

    ids = {}
    for name, (header, rows) in tables.items():
        kinds = [k for _, k in header]
        # Node files have one ID column, relationship files a start and end.
        if name in ("actors", "events", "articles"):
            id_columns = [i for i, k in enumerate(kinds) if k.startswith("ID(")]
            assert len(id_columns) == 1, name
            group = kinds[id_columns[0]][3:-1]
            ids[group] = {row[id_columns[0]] for row in rows}
            assert len(ids[group]) == len(rows), f"{name}: duplicate ids"
            assert "LABEL" in kinds
        else:
            assert any(k.startswith("START_ID(") for k in kinds), name
            assert any(k.startswith("END_ID(") for k in kinds), name
            assert "TYPE" in kinds
        typed = {h[0] for h in header if h[1] not in ("LABEL", "TYPE", "") and "ID(" not in h[1]}
        if name in NUMERIC_NEO4J_COLUMNS:
            assert NUMERIC_NEO4J_COLUMNS[name] <= typed, f"{name}: untyped numbers"
        for row in rows:
            assert len(row) == len(header), name
            for (col, kind), value in zip(header, row):
                _check_neo4j_value(kind, value, f"{name}.{col}")

    # Every relationship end names an existing node.
    for name, (header, rows) in tables.items():
        for i, (_, kind) in enumerate(header):
            if kind.startswith(("START_ID(", "END_ID(")):
                group = kind[kind.index("(") + 1:-1]
                assert {row[i] for row in rows} <= ids[group], f"{name}: dangling {kind}"
    script = (out / "import.sh").read_text(encoding="utf-8")
    for p in out.glob("*.csv"):
        assert p.name in script


def test_gdelt_rows_have_61_columns(dipgraph_bin, examples_db, examples_stats, tmp_path):
    out = export(dipgraph_bin, examples_db, tmp_path, "gdelt")
    rows = [line.split("\t") for line in read_lines(out / "gdelt.export.CSV")]
    header = read_lines(out / "gdelt.header.tsv")[0].split("\t")
    assert len(header) == 61
    assert header[0] == "GLOBALEVENTID" and header[-1] == "SOURCEURL"
    # GDELT needs a day: undated events are left out.
    assert len(rows) == examples_stats["events"] - examples_stats["unknown_date_events"]
    col = {name: i for i, name in enumerate(header)}
    for row in rows:
        assert len(row) == 61
        assert re.match(r"^\d{8}$", row[col["SQLDATE"]])
        assert row[col["MonthYear"]] == row[col["SQLDATE"]][:6]
        assert row[col["EventRootCode"]] == row[col["EventCode"]][:2]
        assert row[col["QuadClass"]] in ("1", "2", "3", "4")
        float(row[col["GoldsteinScale"]])
        assert int(row[col["NumMentions"]]) >= 1
        assert re.match(r"^\d{14}$", row[col["DATEADDED"]])
    assert len({row[0] for row in rows}) == len(rows)


def test_filtered_export_counts_follow_the_filter(dipgraph_bin, examples_db, tmp_path):
    out = export(dipgraph_bin, examples_db, tmp_path, "jsonl", "--conflict")
    events = json_lines(open(out / "events.jsonl", encoding="utf-8").read())
    assert events and all(e["action"]["quad"] in (3, 4) for e in events)
    actors = json_lines(open(out / "actors.jsonl", encoding="utf-8").read())
    involved = {e[s]["id"] for e in events for s in ("source", "target")}
    assert {a["id"] for a in actors} == involved
