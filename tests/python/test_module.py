"""Tests of the Python module `dipgraph` against the CLI: every query must
return what the matching `dipgraph <command> --json` prints for the same
database, and the helpers (to_pandas, to_networkx) must keep every event.
"""

import datetime
import threading

import pytest

from conftest import EXAMPLES, json_lines, run_cli

dipgraph = pytest.importorskip("dipgraph")


@pytest.fixture(scope="module")
def db(examples_db):
    return dipgraph.open(examples_db)


@pytest.fixture(scope="module")
def all_events(db):
    return db.events()


def _state_keys(events):
    """The actor keys that occur in `events`, most frequent first."""
    counts = {}
    for e in events:
        for side in ("source", "target"):
            key = e[side].get("country") or e[side]["id"]
            counts[key] = counts.get(key, 0) + 1
    return sorted(counts, key=lambda k: (-counts[k], k))


def test_stats_equal_the_cli(db, examples_stats):
    stats = db.stats()
    for field in ("actors", "events", "mentions", "articles", "unknown_date_events",
                  "first_date", "last_date", "format_version"):
        assert stats[field] == examples_stats[field], field
    assert stats["events"] > 0
    assert stats["articles"] == sum(1 for f in EXAMPLES for _ in open(f, encoding="utf-8"))


def test_events_cover_the_whole_database(db, all_events, examples_stats):
    assert len(all_events) == examples_stats["events"]
    assert len({e["id"] for e in all_events}) == len(all_events)
    assert sum(e["mentions"] for e in all_events) == examples_stats["mentions"]
    # Date order with unknown dates last.
    known = [e["date"]["value"] for e in all_events if e["date"]["value"]]
    assert known == sorted(known, key=lambda v: (v + "-01-01")[:10])
    seen_unknown = False
    for e in all_events:
        if e["date"]["value"] is None:
            seen_unknown = True
        else:
            assert not seen_unknown, "a dated event after an undated one"


def test_event_fields_use_schema_names(all_events):
    e = all_events[0]
    for field in ("id", "date", "source", "target", "action", "negated", "symmetric",
                  "mentions", "articles", "sources", "confidence", "evidence"):
        assert field in e
    for field in ("code", "root", "label", "goldstein", "quad"):
        assert field in e["action"]
    for field in ("id", "name", "kind", "country", "sector", "role"):
        assert field in e["source"]


@pytest.mark.parametrize("which", [0, 1, 2])
def test_timeline_of_one_actor_equals_the_cli(db, all_events, dipgraph_bin, examples_db, which):
    keys = _state_keys(all_events)
    if which >= len(keys):
        pytest.skip("fewer actors in the examples")
    actor = keys[which]
    cli = json_lines(run_cli(dipgraph_bin, "timeline", actor, "--db", examples_db,
                             "--json").stdout)
    assert db.timeline(actor) == cli
    assert cli, f"no events of {actor}"


def test_timeline_of_a_pair_with_filters_equals_the_cli(db, all_events, dipgraph_bin,
                                                        examples_db):
    a, b = _state_keys(all_events)[:2]
    for flags, kwargs in [
        ([], {}),
        (["--from", "2024", "--to", "2025-06"], {"start": "2024", "end": "2025-06"}),
        (["--roots", "04,05"], {"roots": ["04", "05"]}),
        (["--quad", "1"], {"quad": 1}),
        (["--exact"], {"exact": True}),
        (["--evidence", "0", "--no-negated"], {"evidence": 0, "negated": False}),
    ]:
        cli = json_lines(run_cli(dipgraph_bin, "timeline", a, b, "--db", examples_db,
                                 "--json", *flags).stdout)
        assert db.timeline(a, b, **kwargs) == cli, flags


def test_dates_may_be_date_objects(db, all_events):
    a = _state_keys(all_events)[0]
    assert db.timeline(a, start=datetime.date(2025, 1, 1)) == db.timeline(a, start="2025-01-01")


def test_events_filters_select_the_matching_subset(db, all_events):
    for quad in (1, 2, 3, 4):
        expected = [e["id"] for e in all_events if e["action"]["quad"] == quad]
        assert [e["id"] for e in db.events(quad=quad)] == expected
    coop = [e["id"] for e in all_events if e["action"]["quad"] in (1, 2)]
    assert [e["id"] for e in db.events(cooperation=True)] == coop
    roots = [e["id"] for e in all_events if e["action"]["root"] in ("04", "19")]
    assert [e["id"] for e in db.events(roots="04,19")] == roots
    in_2025 = [e["id"] for e in all_events
               if e["date"]["value"] and e["date"]["value"].startswith("2025")]
    assert [e["id"] for e in db.events(start="2025", end="2025")] == in_2025
    assert len(db.events(limit=2)) == min(2, len(all_events))


def test_events_of_actors_are_the_union_of_their_timelines(db, all_events):
    a, b = _state_keys(all_events)[:2]
    union = {e["id"] for e in db.timeline(a)} | {e["id"] for e in db.timeline(b)}
    got = db.events(actors=[a, b])
    assert {e["id"] for e in got} == union
    assert len(got) == len(union)
    assert [e["id"] for e in db.events(actors=a)] == [e["id"] for e in db.timeline(a)]


def test_event_by_id_has_all_its_evidence(db, all_events):
    e = max(all_events, key=lambda x: x["mentions"])
    full = db.event(e["id"])
    assert full["id"] == e["id"]
    assert len(full["evidence"]) == e["mentions"]
    assert db.event(10**15) is None


def test_path_equals_the_cli(db, all_events, dipgraph_bin, examples_db):
    keys = _state_keys(all_events)
    compared = 0
    for a, b in [(keys[0], keys[1]), (keys[0], keys[-1]), (keys[1], keys[2])]:
        for flags, kwargs in [([], {}), (["--time-respecting"], {"time_respecting": True}),
                              (["--k", "2", "--weight", "events"], {"k": 2, "weight": "events"})]:
            proc = run_cli(dipgraph_bin, "path", a, b, "--db", examples_db, "--json", *flags,
                           check=False)
            assert proc.returncode in (0, 1), proc.stderr
            got = db.path(a, b, **kwargs)
            assert got == json_lines(proc.stdout), (a, b, flags)
            compared += bool(got)
    assert compared > 0, "no connected pair in the examples"


def test_a_path_joins_its_ends(db, all_events):
    a, b = _state_keys(all_events)[:2]
    paths = db.path(a, b)
    assert paths
    p = paths[0]
    assert p["hops"] == len(p["steps"]) == len(p["actors"]) - 1
    for step, (u, v) in zip(p["steps"], zip(p["actors"], p["actors"][1:])):
        assert (step["from"], step["to"]) == (u, v)
        assert step["events"]


def test_actors(db, examples_stats, all_events):
    actors = db.actors()
    assert len(actors) == examples_stats["actors"]
    assert [a["id"] for a in actors] == sorted(a["id"] for a in actors)
    assert all("key" in a for a in actors)
    name = all_events[0]["source"]["name"]
    found = db.actors(search=name)
    assert all_events[0]["source"]["id"] in [a["id"] for a in found]
    assert len(db.actors(limit=1)) == 1


def test_resolve_covers_the_members_of_a_state(db, all_events):
    key = _state_keys(all_events)[0]
    r = db.resolve(key)
    assert r["key"] == key
    ids = {e[s]["id"] for e in all_events for s in ("source", "target")
           if (e[s].get("country") or e[s]["id"]) == key}
    assert ids <= set(r["members"])


def test_errors_are_python_exceptions(db, tmp_path):
    with pytest.raises(FileNotFoundError):
        dipgraph.open(tmp_path / "missing.db")
    with pytest.raises(LookupError):
        db.timeline("no such actor at all")
    with pytest.raises(ValueError):
        db.events(start="2024-13")
    with pytest.raises(ValueError):
        db.events(quad=7)
    with pytest.raises(ValueError):
        db.events(cooperation=True, conflict=True)
    with pytest.raises(TypeError):
        db.events(colour="red")


def test_queries_from_several_threads_agree(db, all_events):
    a = _state_keys(all_events)[0]
    expected = db.timeline(a)
    results = []

    def work():
        for _ in range(5):
            results.append(db.timeline(a) == expected)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results and all(results)


def test_extract_equals_the_cli(dipgraph_bin):
    line = open(EXAMPLES[0], encoding="utf-8").readline()
    import json  # pylint: disable=import-outside-toplevel

    article = json.loads(line)
    cli = json_lines(run_cli(dipgraph_bin, "extract", "-", input_text=line).stdout)
    got = dipgraph.extract(article["text"], date=article.get("date"),
                           lang=article.get("lang"), title=article.get("title"),
                           id=article["id"])
    assert got == cli
    assert got, "the example article has events"


def test_extract_a_snippet():
    # Saturday 8 February 2025: "on Monday" is the 3rd.
    events = dipgraph.extract("The United States imposed new sanctions on Iran on Monday.",
                              date=datetime.date(2025, 2, 8), lang="en")
    assert [(e["source"]["id"], e["action"]["root"], e["target"]["id"], e["date"]["value"])
            for e in events] == [("USA", "16", "IRN", "2025-02-03")]
    assert events[0]["article"] == "snippet"
    assert events[0]["date"]["basis"] == "text"
    with pytest.raises(ValueError):
        dipgraph.extract("text", date="yesterday")
    with pytest.raises(ValueError):
        dipgraph.extract("text", lang="fr")


def test_to_pandas_keeps_every_event_with_numeric_columns(db, all_events):
    pd = pytest.importorskip("pandas")
    frame = db.to_pandas()
    assert len(frame) == len(all_events)
    for column in ("id", "source_id", "target_id", "action_code", "action_goldstein",
                   "action_quad", "date_value", "day", "mentions", "negated"):
        assert column in frame.columns, column
    assert pd.api.types.is_integer_dtype(frame["mentions"])
    assert pd.api.types.is_float_dtype(frame["action_goldstein"])
    assert pd.api.types.is_bool_dtype(frame["negated"])
    assert pd.api.types.is_datetime64_any_dtype(frame["day"])
    dated = sum(1 for e in all_events if e["date"]["value"])
    assert frame["day"].notna().sum() == dated
    assert dipgraph.to_pandas(db.actors())["key"].notna().all()
    # Consultations all score 1: still a float column.
    consult = db.to_pandas(roots="04")
    assert len(consult) > 0
    assert pd.api.types.is_float_dtype(consult["action_goldstein"])


def test_to_networkx_has_one_edge_per_event(db, all_events):
    pytest.importorskip("networkx")
    g = db.to_networkx()
    assert g.number_of_edges() == len(all_events)
    assert g.number_of_nodes() == len(db.actors())
    e = all_events[0]
    data = g.get_edge_data(e["source"]["id"], e["target"]["id"], key=e["id"])
    assert data["code"] == e["action"]["code"]
    assert data["goldstein"] == e["action"]["goldstein"]
    by_key = db.to_networkx(by_key=True)
    assert by_key.number_of_edges() == len(all_events)
    keys = {a["key"] for a in db.actors()}
    assert set(by_key.nodes) <= keys | {a["id"] for a in db.actors()}
    conflict = db.to_networkx(conflict=True)
    assert conflict.number_of_edges() == sum(e["action"]["quad"] >= 3 for e in all_events)
